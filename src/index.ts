// The entry point the runner executes (bundled as dist/index.js). Tools that run the action
// another way import run() from main.ts directly (npm run local-action).
import { failOnUnhandledRejections, run } from './main.js';

failOnUnhandledRejections();
await run();
