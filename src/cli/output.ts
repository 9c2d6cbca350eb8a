/**
 * Terminal helpers shared by the commands: colours only on a TTY, progress on stderr.
 * Colour is decided per stream: `tolk build 2>err.txt` on a terminal colours stdout but must
 * not put escape codes in err.txt, so text for stderr is painted with `stderrPaint`.
 */
import type { Diagnostic } from '../model.js';

type Paint = (text: string) => string;

export interface Painter {
  red: Paint;
  yellow: Paint;
  dim: Paint;
  bold: Paint;
  cyan: Paint;
}

/** Decided at each call, not at load: tests and callers may redirect a stream after import. */
export const usesColour = (stream: NodeJS.WriteStream): boolean => Boolean(stream.isTTY) && !process.env.NO_COLOR;

function painterFor(stream: NodeJS.WriteStream): Painter {
  const paint = (code: number): Paint => (text) => (usesColour(stream) ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { red: paint(31), yellow: paint(33), dim: paint(2), bold: paint(1), cyan: paint(36) };
}

/** For text written to stdout. */
export const stdoutPaint = painterFor(process.stdout);
/** For text written to stderr (diagnostics, progress logs, summaries, errors). */
export const stderrPaint = painterFor(process.stderr);

// The plain names paint for stdout, where most command output (align, segments, qa) goes.
export const { red, yellow, dim, bold, cyan } = stdoutPaint;

export function severityLabel(severity: Diagnostic['severity'], paint: Painter = stdoutPaint): string {
  return severity === 'error' ? paint.red('error') : severity === 'warning' ? paint.yellow('warning') : paint.cyan('info');
}

/** C0 controls but the tab, DEL and C1 controls (U+009B starts an escape sequence in some terminals). */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

/**
 * Text from the content (file names, segment text) as the terminal or a CI log may show it. Content
 * is untrusted: an escape sequence or a carriage return in a file name would erase or overwrite the
 * line that names it, and a newline would split one `file:line:column` diagnostic into two lines
 * for a problem matcher. Control characters are shown escaped (`\n`, `\r`, `\e`, `\x07`); a tab stays.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatDiagnostic(d: Diagnostic, paint: Painter = stdoutPaint): string {
  return `${visible(d.file)}:${d.line}:${d.column}: ${severityLabel(d.severity, paint)} [${d.code}] ${visible(d.message)}`;
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

/** A line on stderr saying what is under way ("checking the translations…"), cleared by `done`; silent when stderr is not a terminal. */
export function status(text: string): { done: () => void } {
  const tty = Boolean(process.stderr.isTTY);
  if (tty) process.stderr.write(`\r\u001b[2K${text}…`);
  return { done: () => { if (tty) process.stderr.write('\r\u001b[2K'); } };
}

export { OutputError, UsageError } from '../errors.js';

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
