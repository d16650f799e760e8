// The entry point the runner executes (bundled as dist/index.js). Tools that run the action
// another way import run() from main.ts directly (npm run local-action).
// First: the heap settings apply to everything allocated after them.
import './heap-settings.js';
import { run } from './main.js';
import { failOnUnhandledRejections } from './report/ending.js';

failOnUnhandledRejections();
await run();
