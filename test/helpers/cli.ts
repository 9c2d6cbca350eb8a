/** Runs the real `tolk` launcher (compiled by `npm test`'s pretest step). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus.js';

export interface CliResult { code: number; stdout: string; stderr: string }

/** `timeout` (ms): the run is killed then, for a test of something that could hang. */
export function tolk(args: string[], cwd = ROOT, timeout?: number): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tolk.js'), ...args], {
    cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' },
    ...(timeout ? { timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** `setpriv` arguments that run a command as user `nobody`. */
const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

/**
 * Whether tests may check what tolk does with files it may not read or write: chmod does not stop
 * root, so as root tolk runs as `nobody` (util-linux setpriv); as another user chmod is enough.
 */
export const canDenyAccess: boolean = process.getuid?.() !== 0 || (existsSync('/usr/bin/setpriv') &&
  spawnSync('setpriv', [...NOBODY, process.execPath, join(ROOT, 'bin/tolk.js'), '--version']).status === 0);

/** Runs tolk as a user that chmod 000 keeps out (`nobody` when this process is root). */
export function tolkDenied(args: string[], cwd = ROOT): CliResult {
  const command = [process.execPath, join(ROOT, 'bin/tolk.js'), ...args];
  const [file, ...rest] = process.getuid?.() === 0 ? ['setpriv', ...NOBODY, ...command] : command;
  const r = spawnSync(file, rest, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
