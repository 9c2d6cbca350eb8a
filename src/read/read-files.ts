/**
 * Files from disk to text: reading, decoding (UTF-8, or UTF-16 with a byte order mark) and the
 * diagnostics that go with it (invalid UTF-8, a huge file).
 *
 * A corpus is read in batches of about a megabyte into one reused buffer, and each file is
 * decoded from it on its own.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { codeAndReason } from '../fs-errors.js';
import type { Diagnostic } from '../model.js';

const LARGE_FILE = 5 * 1024 * 1024;
/** A batch ends once this many bytes are read; a bigger file is a batch of its own. */
const BATCH_BYTES = 1024 * 1024;

// ignoreBOM: a byte order mark stays in the text (readDocument notes it), so nothing is lost.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of a UTF-16 file (Notepad's "Unicode": a byte order mark, then UTF-16), or null.
 * Binary data may begin with the same two bytes: UTF-16 that decodes cleanly, has no control
 * characters and is mostly Latin script (markdown, in any of our languages) is taken as text.
 */
function decodeUtf16(bytes: Uint8Array): { text: string; endian: 'little' | 'big' } | null {
  if (bytes.length < 2) return null;
  const endian = bytes[0] === 0xff && bytes[1] === 0xfe ? 'little' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'big' : null;
  if (!endian) return null;
  let text: string;
  try {
    text = new TextDecoder(endian === 'little' ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  let latin = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return null;
    if (c < 0x250) latin++;
  }
  return latin * 2 >= text.length - 1 ? { text, endian } : null;
}

/** A file's text, and whether it holds NUL characters (found in the bytes, where it is cheaper). */
export interface DecodedFile {
  text: string;
  hasNul: boolean;
}

export function decodeFile(bytes: Uint8Array, file: string, diagnostics: Diagnostic[]): DecodedFile {
  const utf16 = decodeUtf16(bytes);
  if (utf16) {
    diagnostics.push({ severity: 'warning', code: 'utf16-file', file, line: 1, column: 1,
      message: `file is UTF-16 (${utf16.endian}-endian, with a byte order mark), not UTF-8; ` +
        'read as UTF-16 (the file is not changed; save it as UTF-8)' });
    // Every ASCII character has a NUL byte in UTF-16; decodeUtf16 took no text with a NUL character.
    return { text: utf16.text, hasNul: false };
  }
  return { text: decodeUtf8(bytes, file, diagnostics), hasNul: bytes.indexOf(0) !== -1 };
}

function decodeUtf8(bytes: Uint8Array, file: string, diagnostics: Diagnostic[]): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const text = utf8Lenient.decode(bytes);
    const bad = Math.max(text.indexOf('\ufffd'), 0);
    const line = text.slice(0, bad).split('\n').length;
    const column = bad - (text.lastIndexOf('\n', bad - 1) + 1) + 1;
    diagnostics.push({ severity: 'error', code: 'invalid-utf8', file, line, column,
      message: 'file is not valid UTF-8; undecodable bytes were replaced with U+FFFD for reading (the file is not changed)' });
    return text;
  }
}

/** One file read from disk and decoded, or why it could not be read. */
export type SourceFile =
  | { text: string; bytes: number; hasNul: boolean; diagnostics: Diagnostic[] }
  | { error: string };

/** Where a read file's bytes are in the batch buffer, or why it could not be read. */
type Slot = { start: number; length: number } | { error: string };

/**
 * Reads files into one buffer that is reused from batch to batch (and grows for a big file): no
 * `fstat` and no new buffer per file, as `readFileSync` would do.
 */
export class BatchReader {
  private buffer = Buffer.allocUnsafe(2 * BATCH_BYTES);

  /** Reads `paths[from]` and the paths after it, about a megabyte of them (at least one file). */
  readBatch(paths: readonly { full: string; file: string }[], from: number): SourceFile[] {
    const files: SourceFile[] = [];
    let used = 0;
    for (let i = from; i < paths.length && (i === from || used < BATCH_BYTES); i++) {
      const slot = this.readInto(paths[i].full, used);
      if ('error' in slot) { files.push(slot); continue; }
      used = slot.start + slot.length;
      // Each file is decoded alone: a text with no letter beyond Latin-1 (most Norwegian files) is
      // then a one-byte string, half the memory it takes decoded with a Latvian neighbour, and a
      // small string is made in reused young-generation pages. A batch decoded whole is one large
      // object in freshly mapped pages: on a VM where a page fault costs ~14 µs, that took longer.
      files.push(this.decode(slot, paths[i].file));
    }
    // A buffer grown for a huge file is not kept for the rest of the corpus.
    if (this.buffer.length > LARGE_FILE) this.buffer = Buffer.allocUnsafe(2 * BATCH_BYTES);
    return files;
  }

  private decode(slot: { start: number; length: number }, file: string): SourceFile {
    const raw = this.buffer.subarray(slot.start, slot.start + slot.length);
    const diagnostics: Diagnostic[] = [];
    if (slot.length > LARGE_FILE) {
      diagnostics.push({ severity: 'warning', code: 'large-file', file, line: 1, column: 1,
        message: `file is ${(slot.length / 1048576).toFixed(1)} MB, far larger than an advisory; read anyway` });
    }
    return { ...decodeFile(raw, file, diagnostics), bytes: slot.length, diagnostics };
  }

  /** Reads a whole file into the buffer at `at`, growing the buffer as needed. */
  private readInto(full: string, at: number): Slot {
    let length = 0;
    try {
      const fd = openSync(full, 'r');
      try {
        for (;;) {
          if (at + length === this.buffer.length) this.grow(at + length);
          const room = this.buffer.length - at - length;
          const n = readSync(fd, this.buffer, at + length, room, null);
          length += n;
          // A regular file reads short only at its end: no further read (and system call) to see 0.
          if (n < room) break;
        }
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      return { error: codeAndReason(error) };
    }
    return { start: at, length };
  }

  private grow(used: number): void {
    const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
    this.buffer.copy(bigger, 0, 0, used);
    this.buffer = bigger;
  }
}
