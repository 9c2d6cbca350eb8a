/**
 * How the command line ends a run that is cut short: Ctrl-C (SIGINT) or SIGTERM exit 130 / 143
 * like a shell does, a crash exits 2; either way tolk's unfinished files go first.
 */
import { constants } from 'node:os';
import { abandonWrites } from '../write/interrupt.js';
import { stderrPaint } from './output.js';

function abandon(exitCode: number, why: string): never {
  const { removed, failed } = abandonWrites();
  if (removed.length) process.stderr.write(`${stderrPaint.dim(`tolk: ${why}; removed ${removed.join(', ')}`)}\n`);
  if (failed.length) process.stderr.write(`tolk: ${why}; could not remove ${failed.join(', ')}\n`);
  process.exit(exitCode);
}

let installed = false;

/**
 * Installs the SIGINT / SIGTERM handlers once (build and qa call this). They stay installed: a
 * second Ctrl-C must not kill tolk halfway through deleting (the handler is synchronous and ends
 * in exit, so it cannot hang).
 */
export function cleanUpOnSignals(): void {
  if (installed) return;
  installed = true;
  process.on('SIGINT', () => abandon(128 + constants.signals.SIGINT, 'interrupted'));
  process.on('SIGTERM', () => abandon(128 + constants.signals.SIGTERM, 'interrupted'));
}

/**
 * An error thrown where no one catches it (a callback of a library, a worker's message): said as
 * an internal error, unfinished files removed, exit 2 (not Node's 1, which means "findings").
 */
let watching = false;

export function exitOnUncaughtErrors(): void {
  if (watching) return;
  watching = true;
  const crash = (error: unknown) => {
    process.stderr.write(`${stderrPaint.red('tolk: internal error:')} ${(error as Error)?.stack ?? String(error)}\n`);
    abandon(2, 'stopped');
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
