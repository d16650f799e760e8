import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const workflowParser = /[\\/]node_modules[\\/]@actions[\\/]workflow-parser[\\/]dist[\\/].*\.js$/;

export default defineConfig({
  plugins: [
    {
      // Its published source maps point to sources it does not ship: load it without them, quietly.
      name: 'workflow-parser-without-source-maps',
      enforce: 'pre',
      load: (id) => (workflowParser.test(id) ? readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '') : undefined),
    },
  ],
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node's own
    // loader refuses: Vite loads it instead (tsx does the same for scripts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
