// The V8 flags heap-settings.ts sets at start-up (kept apart so that tests can read them without setting them).
export const HEAP_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=10', '--memory-saver-mode'] as const;
