import { serveJobs } from '@/web/lib/stream-job';
import { bookingsSession } from './bookings-session';

// The worker that folds a window's blocks into booked time per task (see readBookings).
serveJobs(bookingsSession);
