/**
 * Shared material for the QA output tests: the real report on content/, and a copy of content/
 * with one real sentence rewritten to hold what output formats must survive (quotes, commas,
 * a line break, `<script>`, `&`) while still tripping real checks.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';
import { runChecks } from '../../src/check/run.js';
import type { QaConfig, QaReport } from '../../src/check/types.js';
import type { AlignedCorpus } from '../../src/model.js';
import { readAndAlign } from '../../src/pipeline.js';
import { CONTENT } from './corpus.js';

export const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
export const TLS_NB = `nb-NO/${TLS}.md`;
/** nb-NO segment 294fe-103 ("As of October 31st, 2018, … TLS 1.2."), rewritten: TLS 1,2 is a real number-mismatch. */
export const HOSTILE_ID = '294fe-103';
export const HOSTILE_TARGET = 'Fra og med "31. oktober", 2018 <script>alert("x")</script> vil vi\nfortsette overgangen til TLS 1,2 & mer.';

export interface Checked { corpus: AlignedCorpus; report: QaReport }

export function checkContent(dir = CONTENT, config: QaConfig = {}): Checked {
  const corpus = readAndAlign(dir);
  return { corpus, report: runChecks(corpus, config) };
}

/** Replaces the translated text of segment `id` in a locale file. */
export function rewriteSegment(contentDir: string, file: string, id: string, target: string): void {
  const path = join(contentDir, file);
  const text = readFileSync(path, 'utf8');
  const open = `<span data-ttu-id="${id}">`;
  const start = text.indexOf(open);
  if (start < 0) throw new Error(`segment ${id} not in ${file}`);
  const end = text.indexOf('</span>', start);
  writeFileSync(path, text.slice(0, start + open.length) + target + text.slice(end));
}

/** A temp copy of content/ with the hostile sentence in nb-NO. */
export function hostileContent(): string {
  const dir = join(tempDir('tolk-qa-'), 'content');
  cpSync(CONTENT, dir, { recursive: true });
  rewriteSegment(dir, TLS_NB, HOSTILE_ID, HOSTILE_TARGET);
  return dir;
}

/** Minimal RFC 4180 reader (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
