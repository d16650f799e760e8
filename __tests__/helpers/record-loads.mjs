// Loaded with `node --import` by a test of the bundle: writes the URL of every module the process
// loads, one per line, to the file RECORD_LOADS names.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const record = process.env.RECORD_LOADS;
if (record) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(record, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
