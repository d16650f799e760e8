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
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports its schema JSON without an import attribute, which Node's own
    // loader refuses: Vite loads it instead (tsx does the same for scripts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    // `npm test` runs every project; `npm run test:unit` and `npm run test:e2e` run one each.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['__tests__/**/*.test.ts'],
          exclude: ['__tests__/e2e/**', '__tests__/integration/**', '__tests__/dist.test.ts'],
        },
      },
      // onboard() in this process against the emulator: real SDK, real HTTP, no bundle.
      { extends: true, test: { name: 'integration', include: ['__tests__/integration/**/*.test.ts'] } },
      // dist/ as the runner runs it (a Node 24 process), and dist/ being what src/ builds to.
      { extends: true, test: { name: 'e2e', include: ['__tests__/e2e/**/*.test.ts', '__tests__/dist.test.ts'] } },
    ],
  },
});
