// The README's quick start is what CI runs, and nothing in the project reads outside the repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath, repoRoot } from '../support/paths.ts';

const readme = readFileSync(repoPath('README.md'), 'utf8');
const ciRun = readFileSync(repoPath('.ci/run'), 'utf8');

/** the commands of the README's quick start, comments dropped */
function quickStart(): string[] {
  const section = readme.split(/^## Quick start$/m)[1]?.split(/^## /m)[0] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}
/** the commands .ci/run runs, comments and blank lines dropped */
const ciCommands = ciRun
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean);

describe('the README quick start', () => {
  it('is two commands: install and start, then test', () => {
    expect(quickStart()).toEqual(['npm install && npm start', 'npm test']);
  });

  it('is what .ci/run runs, word for word, in the same order', () => {
    const [installAndStart, test] = quickStart();
    const install = installAndStart?.split('&&')[0]?.trim();
    expect(install).toBe('npm install');
    const npmLines = ciCommands.filter((line) => line.startsWith('npm '));
    expect(npmLines).toEqual([install, test]);
  });

  it('runs in a copy of the committed tree with nothing beside it', () => {
    expect(ciRun).toMatch(/git -C "\$repo" archive HEAD \| tar -x -C "\$tmp\/atlas"/);
    const cdIndex = ciCommands.findIndex((line) => line === 'cd "$tmp/atlas"');
    expect(cdIndex).toBeGreaterThan(-1);
    expect(ciCommands.indexOf('npm install')).toBeGreaterThan(cdIndex);
  });
});

describe('the repository', () => {
  it('has no file that reads the team folder beside the checkout', () => {
    const neighbour = ['..', 'shared'].join('/');
    // the tree as a clone has it (CI's copy has no .git, so walk the folders)
    const files = ['src', 'tests', 'scripts', 'bench', 'data']
      .flatMap((dir) => (readdirSync(repoPath(dir), { recursive: true }) as string[]).map((f) => `${dir}/${f}`))
      .concat(readdirSync(repoRoot).filter((f) => /\.(ts|js|json|html)$/.test(f) && f !== 'package-lock.json'))
      .filter((f) => statSync(repoPath(f)).isFile());
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => readFileSync(repoPath(f), 'utf8').includes(neighbour));
    expect(offenders).toEqual([]);
  });
});
