// V8's heap sizing for a long run with many requests, set before anything else is allocated.
//
// V8 doubles its young generation whenever enough objects survive it, up to 128 MB on a machine
// with plenty of memory; at 10,000 accounts × 17 Regions every batch's requests and answers
// survive a little while, so it grew to the maximum, and the old generation was allowed to fill
// with garbage to several times its live size before a full collection. The process peaked at
// about 600 MB resident with some 70 MB live. `action.yml` cannot pass Node flags, and the sizes
// themselves are fixed once the heap exists; these two are read at every collection instead, so
// they take effect when set at start-up: the young generation keeps its initial size (a few MB),
// and the old one may grow by a tenth over what the last full collection left before the next (a fifth
// peaked about 3 MB higher at 10,000 accounts × 17 Regions, at the same CPU: 8 runs against 4, alternating).
// The third makes each full collection one that reduces memory: without it V8 keeps the pages a
// collection frees in a pool for later use, still resident, 12-25 MB of them at 10,000 accounts ×
// 17 Regions; with it the pool is emptied. Measured there: peaks of 140-146 MB against 146-151 MB
// (6 runs each, alternating), at the same wall and CPU time, and no slower on the hostile 5 MiB files.
import { setFlagsFromString } from 'node:v8';
import { HEAP_FLAGS } from './heap-flags.js';

for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
