/** Terminal helpers shared by the commands: colours only on a TTY, progress on stderr. */
import type { Diagnostic } from '../model.js';

const useColour = () => Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (useColour() ? `\u001b[${code}m${text}\u001b[0m` : text);
export const red = paint(31);
export const yellow = paint(33);
export const dim = paint(2);
export const bold = paint(1);
export const cyan = paint(36);

export function severityLabel(severity: Diagnostic['severity']): string {
  return severity === 'error' ? red('error') : severity === 'warning' ? yellow('warning') : cyan('info');
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${severityLabel(d.severity)} [${d.code}] ${d.message}`;
}

/** A progress line on stderr, redrawn in place; silent when stderr is not a terminal. */
export function progress(label: string): { update: (done: number, total: number) => void; done: () => void } {
  const tty = Boolean(process.stderr.isTTY);
  let lastDraw = 0;
  return {
    update(done, total) {
      if (!tty) return;
      const now = Date.now();
      if (now - lastDraw < 80 && done !== total) return;
      lastDraw = now;
      const width = 24;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (tty) process.stderr.write('\r\u001b[2K');
    },
  };
}

/** Thrown for bad usage or fatal input problems; the CLI maps it to exit code 2. */
export class UsageError extends Error {}

let exitsQuietly = false;

/**
 * `tolk align | head`: once the reader of stdout (or stderr) has gone, the rest of the output has
 * nowhere to go. Exit quietly with the command's exit code instead of a stack trace.
 */
export function exitQuietlyWhenOutputCloses(): void {
  if (exitsQuietly) return;
  exitsQuietly = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit();
    });
  }
}
