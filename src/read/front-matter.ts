/**
 * Front matter: find the `---` block, parse it (common simple blocks on a fast path, the rest with
 * gray-matter and js-yaml), and salvage blocks that the localization pipeline wrapped in
 * translation spans (they are no longer YAML, but their English originals still hold the keys
 * and values, flattened onto one line).
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Diagnostic, FrontMatter } from '../model.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { partsOf, tokenize } from './tokenize.js';

const FENCE = /^---[ \t]*(\r?\n|$)/;
const CLOSING_FENCE = /(^|\r?\n)---[ \t]*(\r?\n|$)/;

interface Block {
  raw: string;
  rawStart: number;
  bodyStart: number;
}

/** Locates the front matter block; offsets are in `text` (after an optional BOM). */
export function findFrontMatter(text: string, offset: number): Block | null {
  const head = text.slice(offset, offset + 8);
  const open = FENCE.exec(head);
  if (!open) return null;
  const rawStart = offset + open[0].length;
  const rest = text.slice(rawStart);
  const close = CLOSING_FENCE.exec(rest);
  if (!close) return null;
  const raw = rest.slice(0, close.index + close[1].length);
  return { raw, rawStart, bodyStart: rawStart + close.index + close[0].length };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * gray-matter options: passing any options also stops gray-matter caching every input.
 * The core schema keeps dates as written (`ms.date: 04/21/2020` and ISO dates stay strings)
 * and skips js-yaml's timestamp/binary type probing, which dominated reading time.
 */
const MATTER_OPTIONS = {
  excerpt: false,
  engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object },
};

/**
 * Whether a value reaches one object twice: YAML aliases (`*name`) share what their anchor
 * holds. Front matter never needs them, and nested ones ("billion laughs") expand to gigabytes
 * once the data is written out, so such a block is refused. The walk visits each object once.
 */
class AliasError extends Error {}

function sharesObjects(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((child) => sharesObjects(child, seen));
}

/**
 * Whether the data holds more characters than `limit`. Without aliases it cannot hold more than
 * the block it was read from; an alias of a long string (`[*a, *a, …]`) can, many times over.
 * The walk stops as soon as the limit is passed.
 */
function outgrows(value: unknown, limit: number): boolean {
  let size = 0;
  const visit = (v: unknown): boolean => {
    size += typeof v === 'string' ? v.length : 1;
    if (size > limit) return true;
    return v !== null && typeof v === 'object' && Object.entries(v).some(([key, child]) => { size += key.length; return visit(child); });
  };
  return visit(value);
}

function parseYaml(text: string): Record<string, unknown> {
  const simple = parseSimpleYaml(text);
  if (simple) return simple;
  const parsed = matter(`---\n${text}\n---\n`, MATTER_OPTIONS);
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('front matter is not a mapping of keys to values');
  }
  if (sharesObjects(data) || outgrows(data, 2 * text.length + 1024)) throw new AliasError();
  return data as Record<string, unknown>;
}

/** Keys that start a new `key: value` pair when the pipeline flattened the block onto one line. */
const FLATTENED_KEY = / (?=(?:ms\.[\w.-]+|[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*|ROBOTS|[A-Z][A-Za-z]+_[A-Za-z_]+): )/g;

/** Rebuilds YAML from a span-wrapped block using the English originals. */
export function salvageYaml(raw: string, file: string): string {
  const parts = partsOf(raw, tokenize(raw, file).segments);
  const english = parts.map((p) => (p.kind === 'segment' ? p.segment.source ?? p.segment.target : p.text)).join('');
  return english
    .split(/\r?\n/)
    .flatMap((line) => line.replace(FLATTENED_KEY, '\n').split('\n'))
    // A flattened `ms.custom: (` loses its list marker; an empty value lets the list follow.
    .map((line) => line.replace(/:\s*\($/, ':'))
    .join('\n');
}

/**
 * Where the quoted value that runs to the end of the block opens (0-based line and column in
 * `raw`), or null. js-yaml reports an unclosed quote where the block ends, which is no help to
 * an author looking for the stray quote. A quoted value may go on over lines, so this follows
 * each one to its close.
 */
export function unclosedQuoteStart(raw: string): { line: number; column: number } | null {
  let open: { line: number; column: number; quote: string } | null = null;
  const lines = raw.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    let from = 0;
    if (!open) {
      const value = /^\s*(?:-\s+|[^\s#][^:#]*:\s+)(["'])/.exec(line);
      if (!value) continue;
      from = value[0].length;
      open = { line: index, column: from - 1, quote: value[1] };
    }
    const rest = line.slice(from);
    // Closed by a quote not escaped: `\"` (an odd run of backslashes) in "…", `''` in '…'.
    const closed = open.quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /'/.test(rest.replace(/''/g, ''));
    if (closed) open = null;
  }
  return open && { line: open.line, column: open.column };
}

export function readFrontMatter(text: string, file: string, offset: number, diagnostics: Diagnostic[]): FrontMatter {
  const block = findFrontMatter(text, offset);
  if (!block) {
    const startsWithFence = text.startsWith('---', offset);
    diagnostics.push({
      severity: 'warning',
      code: startsWithFence ? 'front-matter-unclosed' : 'front-matter-missing',
      file, line: 1, column: 1,
      message: startsWithFence
        ? 'front matter opens with --- but is never closed; the whole file is read as the body with no metadata'
        : 'no front matter; the document has no title or metadata (its first H1 is used as title, else its file name)',
    });
    return { status: 'missing', data: {}, raw: null, bodyStart: offset, bodyLine: 1 };
  }
  const bodyLine = lineOf(text, block.bodyStart);
  const wrapped = block.raw.includes('data-ttu-id="');
  try {
    if (wrapped) {
      const data = parseYaml(salvageYaml(block.raw, file));
      diagnostics.push({
        severity: 'warning', code: 'front-matter-salvaged', file, line: 2, column: 1,
        message: `front matter was wrapped in translation spans by the localization pipeline and is not YAML; ` +
          `salvaged ${Object.keys(data).length} keys from the English originals`,
      });
      return { status: 'salvaged', data, raw: block.raw, bodyStart: block.bodyStart, bodyLine };
    }
    const data = parseYaml(block.raw);
    return { status: 'ok', data, raw: block.raw, bodyStart: block.bodyStart, bodyLine };
  } catch (error) {
    if (error instanceof AliasError) {
      diagnostics.push({ severity: 'error', code: 'front-matter-invalid', file, line: lineOf(text, offset), column: 1,
        message: 'front matter uses YAML aliases (*name), which tolk refuses (nested ones expand to gigabytes); ' +
          'the document is built without its metadata' });
      return { status: 'invalid', data: {}, raw: block.raw, bodyStart: block.bodyStart, bodyLine };
    }
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    const quote = /within a (single|double) quoted scalar/.test(reason) && !wrapped ? unclosedQuoteStart(block.raw) : null;
    if (quote) {
      diagnostics.push({
        severity: 'error', code: 'front-matter-invalid', file,
        line: lineOf(text, offset) + 1 + quote.line, column: quote.column + 1,
        message: 'front matter is not valid YAML: the quoted value that starts here is never closed ' +
          '(add the closing quote); the document is built without its metadata',
      });
      return { status: 'invalid', data: {}, raw: block.raw, bodyStart: block.bodyStart, bodyLine };
    }
    diagnostics.push({
      severity: 'error', code: 'front-matter-invalid', file,
      // The YAML parser counts from the opening fence line we prepend (line 0 = fence).
      line: mark?.line !== undefined ? lineOf(text, offset) + mark.line : 1,
      column: (mark?.column ?? 0) + 1,
      message: `front matter is not valid YAML (${reason}); the document is built without its metadata`,
    });
    return { status: 'invalid', data: {}, raw: block.raw, bodyStart: block.bodyStart, bodyLine };
  }
}
