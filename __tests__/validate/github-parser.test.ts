import { describe, expect, it } from 'vitest';
import { validateAction, validateWorkflow } from '../../scripts/validate/github-parser.js';

// The validator the examples, the README and this repository's workflows go through: GitHub's own
// parser plus the checks of the SchemaStore schemas it does not make. Each case below was accepted
// by one of the two and refused by the other when they were compared; all must now be refused.
const job = (steps: string) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
const action = (extra = '', input = "    description: Accounts\n    default: ''\n", using = 'node24') =>
  `name: x\ndescription: y\nbranding:\n  icon: shield\n  color: orange\ninputs:\n  account-ids:\n${input}runs:\n  using: ${using}\n  main: dist/index.js\n${extra}`;

describe("GitHub's workflow parser, with the SchemaStore checks it lacks", () => {
  it('accepts a valid workflow', async () => {
    expect(await validateWorkflow('ok.yml', job('      - uses: actions/checkout@v7\n      - run: echo hi\n'))).toEqual([]);
  });

  it.each([
    ['an unknown event', 'on: pushh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n', "Unexpected value 'pushh'"],
    [
      'an unknown permission value',
      'on: push\npermissions:\n  id-token: writ\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      "Unexpected value 'writ'",
    ],
    ['a broken expression', job('      - run: echo ${{ foo( }}\n'), 'Unexpected end of expression'],
    ['an unknown context', job('      - run: echo ${{ foo.bar }}\n'), "Unrecognized named-value: 'foo'"],
    ['a job without runs-on', 'on: push\njobs:\n  a:\n    steps:\n      - run: echo\n', 'Required property is missing: runs-on'],
    ['a step with both uses and run', job('      - uses: actions/checkout@v7\n        run: echo\n'), "Unexpected value 'run'"],
    [
      'an invalid cron',
      'on:\n  schedule:\n    - cron: "99 * * * *"\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      'Invalid cron expression',
    ],
    [
      'a step id used twice',
      job('      - id: x\n        run: echo\n      - id: x\n        run: echo\n'),
      "The identifier 'x' may not be used more than once",
    ],
    [
      'a choice input without options',
      'on:\n  workflow_dispatch:\n    inputs:\n      a:\n        type: choice\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      "Missing 'options'",
    ],
    // What SchemaStore's schema refused and GitHub's parser lets through:
    ['a job with no steps', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: []\n', "job 'a' has no steps"],
    [
      'paths with paths-ignore',
      'on:\n  push:\n    paths: [a]\n    paths-ignore: [b]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      'both paths and paths-ignore',
    ],
    [
      'branches with branches-ignore',
      'on:\n  pull_request:\n    branches: [main]\n    branches-ignore: [x]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      'both branches and branches-ignore',
    ],
    ['a shell that is not a string', job('      - run: echo\n        shell: 3\n'), 'shell must be a string'],
  ])('refuses %s, with the line', async (_case, text, message) => {
    const problems = await validateWorkflow('w.yml', text);
    expect(problems.join('\n')).toContain(message);
    expect(problems[0]).toMatch(/^w\.yml \(Line: \d+, Col: \d+\): /);
  });
});

describe("GitHub's action metadata parser, with the SchemaStore checks it lacks", () => {
  it('accepts a valid node24 action, with no runtime swapped', () => {
    expect(validateAction('action.yml', action())).toEqual([]);
  });

  it.each([
    ['an unknown runtime', action('', undefined, 'node18'), "Unexpected value 'node18'"],
    ['an icon outside the Marketplace set', action().replace('icon: shield', 'icon: shieldx'), "Unexpected value 'shieldx'"],
    ['a colour outside the Marketplace set', action().replace('color: orange', 'color: pink'), "Unexpected value 'pink'"],
    ['no description', action().replace('description: y\n', ''), 'Required property is missing: description'],
    ['an unknown top-level key', action('autor: me\n'), "Unexpected value 'autor'"],
    ['a node action without main', action().replace('  main: dist/index.js\n', ''), "There's not enough info"],
    // What SchemaStore's schema refused and GitHub's parser lets through:
    ['an input without a description', action('', "    default: ''\n"), "inputs 'account-ids' needs a description"],
    ['a misspelt input key', action('', '    descriptio: Accounts\n'), "Unexpected value 'descriptio' in inputs 'account-ids'"],
    ['an output without a description', action('outputs:\n  plan: {}\n'), "outputs 'plan' needs a description"],
    [
      'an output value on a node action',
      action('outputs:\n  plan:\n    description: p\n    value: x\n'),
      "Unexpected value 'value' in outputs 'plan'",
    ],
    [
      'a deprecationMessage that is not a string',
      action('', '    description: a\n    deprecationMessage: 3\n'),
      'deprecationMessage of input',
    ],
  ])('refuses %s', (_case, text, message) => {
    expect(validateAction('action.yml', text).join('\n')).toContain(message);
  });
});
