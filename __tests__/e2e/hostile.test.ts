import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.js';
import { HOSTILE_CASES, hostileContent, type ExpectedDiagnostic, type HostileCase } from '../fixtures/hostile/corpus.js';
import { onboard, workspaceWith } from './harness.js';

const E2E_CASES = HOSTILE_CASES.filter((hostileCase) => hostileCase.e2e);

// The workflow commands the action itself writes; the runner reads any line starting with `::` as one.
const OWN_COMMAND = /^::(?:error|warning|notice|debug|group|endgroup|add-mask)(?: [^:]*)?::/;
// A runner command as a fixture writes it, with a payload: `::set-output name=x::y`, `::warning::pwned`.
const FIXTURE_COMMAND = /::[a-z-]+(?: [^\n"\\:]*)?::[^\s"\\,]+/g;
// The only markup the summary of input problems writes itself.
const OWN_TAG = /^<\/?(?:ul|li|code)>/;
const MARKUP = ['<img', '<script', '](http', '[a]', '**x**'];

/** Annotation text as the runner protocol carries it: `%`, CR and LF escaped, so it stays on its line. */
function commandData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function commandProperty(text: string): string {
  return commandData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The `::error` line an expected diagnostic becomes. */
function annotation(file: string, { line, message }: ExpectedDiagnostic): string {
  const properties = line === undefined ? `file=${commandProperty(file)}` : `file=${commandProperty(file)},line=${line}`;
  return `::error ${properties}::${commandData(message)}`;
}

/** Every line of `output` that the runner would read as a command is one the action wrote itself. */
function expectOnlyOwnCommands(output: string, fixture: string): void {
  const injected = new Set(fixture.match(FIXTURE_COMMAND) ?? []);
  for (const line of output.split('\n').filter((candidate) => candidate.startsWith('::'))) {
    expect(line).toMatch(OWN_COMMAND);
    // The action's commands carry the fixture's text inside their message, never as the command itself.
    expect(line).not.toMatch(/^::[^:]*::pwned/);
    for (const command of injected) expect(line.startsWith(command), `${line} starts with ${command}`).toBe(false);
    if (line.startsWith('::add-mask::')) expect(fixture).not.toContain(line.slice('::add-mask::'.length));
  }
}

/** The summary shows the fixture's markup as text: no tag of its own, no link, no emphasis. */
function expectInertSummary(summary: string, fixture: string, hostileCase: HostileCase): void {
  expect(summary).toContain('Nothing was sent to AWS');
  expect(summary.match(/<li>/g) ?? []).toHaveLength(hostileCase.diagnostics.length);
  for (const tag of summary.match(/<[^\s>]*>?/g) ?? []) expect(tag).toMatch(OWN_TAG);
  for (const fragment of MARKUP.filter((candidate) => fixture.includes(candidate))) expect(summary).not.toContain(fragment);
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator?.close();
});

describe('the bundled action given a hostile accounts file', () => {
  beforeEach(() => emulator.reset({}));

  it('runs at least 12 cases end to end', () => {
    expect(E2E_CASES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(E2E_CASES.map((hostileCase): [string, HostileCase] => [`${hostileCase.file}: ${hostileCase.about}`, hostileCase]))(
    'refuses %s, with an annotation per problem, no injected command and zero AWS calls',
    async (_title, hostileCase) => {
      const content = hostileContent(hostileCase);
      const workspace = await workspaceWith({ [hostileCase.file]: content });
      try {
        const result = await onboard(emulator, { 'accounts-file': hostileCase.file, regions: 'us-east-1' }, { workspace });
        const log = result.stdout + result.stderr;
        expect(result.exitCode, log.slice(0, 2000)).toBe(1);
        expect(emulator.calls).toEqual([]);
        expect(log).not.toMatch(/^\s+at /m);
        expect(log).not.toContain('internal error');

        const lines = result.stdout.split('\n');
        for (const diagnostic of hostileCase.diagnostics) expect(lines).toContain(annotation(hostileCase.file, diagnostic));
        expect(lines.filter((line) => line.startsWith('::error file='))).toHaveLength(hostileCase.diagnostics.length);
        // Every message stays on its line: nothing in it is a line break once the runner decodes it.
        expect(result.stdout).not.toMatch(/%0A|%0D/);

        const fixture = content.toString('utf8');
        expectOnlyOwnCommands(result.stdout, fixture);
        expectOnlyOwnCommands(result.stderr, fixture);
        expectInertSummary(result.summary, fixture, hostileCase);
      } finally {
        await rm(workspace, { recursive: true, force: true });
      }
    },
  );
});
