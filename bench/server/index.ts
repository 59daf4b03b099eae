import { createDatasetDb, today, type DatasetSpec } from '../lib/datasets';
import { openDatabase } from '../../src/server/local-api/db/open';
import { endpoints, measureHttp, type EndpointResult } from './http-load';
import { spawnPlanner } from './spawn-planner';
import { measureStreamRss, type StreamResult } from './stream-rss';

export interface ServerResults {
  dataset: DatasetSpec;
  secondsPerRun: number;
  rounds: number;
  endpoints: EndpointResult[];
  stream: StreamResult;
}

const STREAM_SET: DatasetSpec = {
  name: 'stream-100k',
  tasks: 2_000,
  groups: 50,
  timeBlocks: 100_000,
  blockDays: 7,
};

/** autocannon figures over the 10,000-task dataset, and the stream's peak RSS over 100,000 blocks. */
export async function benchServer(
  dir: string,
  dataset: DatasetSpec,
  quick: boolean,
  log: (s: string) => void,
): Promise<ServerResults> {
  const file = createDatasetDb(dir, dataset, 'server');
  const db = openDatabase(file);
  const blockIds = (
    db.prepare('SELECT id FROM time_blocks ORDER BY id LIMIT 100').all() as { id: number }[]
  ).map((r) => r.id);
  db.close();
  const seconds = quick ? 4 : 8;
  const rounds = quick ? 2 : 4;
  log(
    `Server: autocannon, ${seconds} s per target in ${rounds} alternating slices, dataset ${dataset.tasks} tasks / ${dataset.timeBlocks} blocks`,
  );
  const planner = await spawnPlanner(file);
  let results: EndpointResult[];
  try {
    results = await measureHttp(planner, endpoints(today(), blockIds), seconds, rounds, log);
  } finally {
    await planner.stop();
  }
  log('Server: /time-blocks/stream over 100,000 blocks');
  const stream = await measureStreamRss(createDatasetDb(dir, STREAM_SET, 'server'), STREAM_SET.timeBlocks);
  log(
    `  peak RSS ${stream.peakRssMiB} MiB (idle ${stream.baselineRssMiB} MiB), ${(stream.bytes / 2 ** 20).toFixed(1)} MiB in ${stream.seconds} s`,
  );
  return { dataset, secondsPerRun: seconds, rounds, endpoints: results, stream };
}
