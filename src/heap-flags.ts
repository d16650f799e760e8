// The V8 flags the action sets, and when. Importing this module sets nothing (tests read the flags):
// heap-settings.ts sets HEAP_FLAGS at start-up, and main.ts calls setCompilerFlags.
import { setFlagsFromString } from 'node:v8';

/** Set at start-up, before the heap grows (heap-settings.ts says why). */
export const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=20'] as const;

export const COMPILER_FLAGS = ['--no-maglev'] as const;

/**
 * No Maglev, V8's middle compiler, for the calls of a run: TurboFan still optimises what runs hot,
 * and a run of 10,000 accounts × 17 Regions then peaks about 9 MB lower (Maglev's code and what it
 * compiles), as fast as with it (measured by the benchmark). Set once the AWS SDK and Node's modules
 * are loaded, not at start-up: set before them, it makes Node compile its own modules without their
 * code cache, 6 MB more for every run (measured), and a run that stops at its inputs never needs it.
 */
export function setCompilerFlags(): void {
  for (const flag of COMPILER_FLAGS) setFlagsFromString(flag);
}
