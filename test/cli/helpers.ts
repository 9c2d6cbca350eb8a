/**
 * Set-up shared by the tests of tolk's commands: the last line of an output, and tolk on a
 * terminal. (The preview server and content watcher of `tolk serve`: test/helpers/preview.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/corpus.js';

/** The last line of a command's output: where tolk says why it exits as it does. */
export const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

/** Whether util-linux script(1) is here to give tolk a terminal; tests that need one skip without it. */
export const hasScript = existsSync('/usr/bin/script');

const quoted = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * Runs `tolk ARGS` in `cwd` on a terminal (script(1)). `output` is what the terminal shows, stdout
 * and stderr together, unless `stderrTo` sends stderr to that file; no colour unless `colour`.
 */
export function tolkInTerminal(args: string[], cwd: string, { colour = false, stderrTo }: { colour?: boolean; stderrTo?: string } = {}):
  { code: number; output: string; stderr: string } {
  const command = [process.execPath, join(ROOT, 'bin/tolk.js'), ...args].map(quoted).join(' ') + (stderrTo ? ` 2>${quoted(stderrTo)}` : '');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  if (colour) delete env.NO_COLOR;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env, timeout: 120_000 });
  // `stderr` is script's own (why it could not run), not tolk's.
  return { code: r.status ?? -1, output: r.stdout, stderr: r.stderr };
}
