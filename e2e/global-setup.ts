import { buildAppIfNeeded } from '../src/server/build-app';
import { ROOT } from '../src/server/main';

/** Builds the web app once for all workers, so the test servers only serve dist/. */
export default async function globalSetup() {
  await buildAppIfNeeded(ROOT, (line) => console.log(line));
}
