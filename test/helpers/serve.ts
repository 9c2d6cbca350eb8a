/** Runs the real `tolk serve` in a child process and watches what it prints. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, ROOT } from './corpus.js';

export interface Serving {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcessWithoutNullStreams>();

/** Starts `tolk serve ARGS` in `cwd`; `stopServes` (in afterEach) kills what is still running. */
export function startServe(cwd: string, args: string[]): Serving {
  const child = spawn(process.execPath, [join(ROOT, 'bin/tolk.js'), 'serve', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => { running.delete(child); done(code); }));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

export function stopServes(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `check` until it gives something truthy; fails with `what` after `ms`. */
export async function waitFor<T>(what: string | (() => string), check: () => T | Promise<T>, ms = 30_000): Promise<NonNullable<T>> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await pause(20);
  }
}

/** The URL `tolk serve` says to open, once the first build is done. */
export const openUrl = (s: Serving, ms?: number) =>
  waitFor(() => `the URL on stdout (stderr: ${s.stderr()})`, () => /^open (http:\S+)/m.exec(s.stdout())?.[1], ms);

/** Makes `dir/content/` with these advisories of content/ in both languages; returns `dir`. */
export function contentCopy(dir: string, docs: string[], locales = ['lv-LV', 'nb-NO']): string {
  for (const locale of locales) {
    mkdirSync(join(dir, 'content', locale), { recursive: true });
    for (const doc of docs) copyFileSync(join(CONTENT, locale, `${doc}.md`), join(dir, 'content', locale, `${doc}.md`));
  }
  return dir;
}
