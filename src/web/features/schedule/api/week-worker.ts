import { serveJobs } from '@/web/lib/stream-job';
import { weekSession } from './week-session';

// The worker that reads a week's blocks (see readWeek).
serveJobs(weekSession);
