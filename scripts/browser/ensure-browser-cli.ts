import { ensureBrowser, HOW_TO_GET_A_BROWSER } from './ensure-browser';

// Runs before the browser tests (`npm run test:e2e`): they start only when a browser is there.
const found = ensureBrowser();
if (!found) {
  console.error(`\n${HOW_TO_GET_A_BROWSER}\n`);
  process.exit(1);
}
console.log(`Browser tests use ${found.path} (${found.source}).`);
