/**
 * Loads a content folder: `<dir>/<locale>/**\/*.md`, locale folder = BCP 47 tag.
 * Every file that cannot be read well still yields a document plus diagnostics, and the
 * walk goes on: one bad file never stops the run.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { codeAndReason } from '../fs-errors.js';
import { SOURCE_LOCALE, type Diagnostic, type LocaleDocument } from '../model.js';
import { readDocument } from './read-document.js';
import { BatchReader, type SourceFile } from './read-files.js';

const LOCALE_FOLDER = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})+$|^[a-z]{2,3}$/;
/** Folders under a locale that hold assets, not documents. */
const ASSET_FOLDERS = new Set(['media', 'images', 'node_modules']);
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;

export interface LoadOptions {
  /** Called after each file with the count done and the total, for progress output. */
  onProgress?: (done: number, total: number) => void;
  /** Only these locales (default: every locale folder found). */
  locales?: string[];
}

export interface LoadedCorpus {
  locales: string[];
  documents: LocaleDocument[];
  diagnostics: Diagnostic[];
  /** Total bytes read, for throughput figures. */
  bytes: number;
}

const MARKDOWN = /\.md$/i;
/** Markdown under another name: not read, but said, since the author surely meant it to be. */
const OTHER_MARKDOWN = /\.(markdown|mdown|mkd)$/i;

const problem = (code: string, file: string, message: string): Diagnostic =>
  ({ severity: 'warning', code, file, line: 1, column: 1, message });

/**
 * Markdown files under `dir`: full paths, and names relative to the content folder
 * (`/`-separated). What cannot be read or is left out on purpose is reported, never skipped
 * in silence: an unreadable folder, a symbolic link (not followed, like links in media
 * folders: a link must not pull files from elsewhere on the machine into the site).
 */
function walk(dir: string, name: string, out: { full: string; name: string }[], diagnostics: Diagnostic[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    diagnostics.push({ ...problem('unreadable-folder', `${name}/`, `cannot read folder (${codeAndReason(error)}); the files in it are skipped`), severity: 'error' });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    // Plain concatenation: path.join and path.relative per file add up over thousands of files.
    const full = dir + sep + entry.name;
    if (entry.isDirectory()) {
      if (!ASSET_FOLDERS.has(entry.name)) walk(full, `${name}/${entry.name}`, out, diagnostics);
    } else if (entry.isFile()) {
      if (MARKDOWN.test(entry.name)) out.push({ full, name: `${name}/${entry.name}` });
      else if (OTHER_MARKDOWN.test(entry.name)) {
        diagnostics.push(problem('not-markdown-extension', `${name}/${entry.name}`, 'not read: tolk reads files ending in .md; rename it to include it'));
      }
    } else if (entry.isSymbolicLink() && !ASSET_FOLDERS.has(entry.name)) {
      diagnostics.push(problem('symlink-skipped', `${name}/${entry.name}`,
        'symbolic link; not followed (tolk reads only real files and folders inside the content folder)'));
    } else if (MARKDOWN.test(entry.name)) {
      // A pipe would block the read forever; a socket or device is no advisory either.
      diagnostics.push(problem('not-a-file', `${name}/${entry.name}`, 'not a regular file (a pipe, socket or device); not read'));
    }
  }
}

/** Turns a path under the locale folder into a slug usable in URLs and for alignment. */
export function slugOf(pathUnderLocale: string): string {
  return toPosix(pathUnderLocale).replace(MARKDOWN, '').normalize('NFC').replace(INVISIBLE, '');
}

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** `LV-LV`, `lv_LV` → `lv-LV`: the locale tag a folder name was probably meant to be. */
function localeTagFor(name: string): string | null {
  const parts = name.split(/[-_]/);
  if (!/^[a-z]{2,3}$/i.test(parts[0]) || parts.slice(1).some((p) => !/^[a-z0-9]{2,8}$/i.test(p))) return null;
  const tag = [parts[0].toLowerCase(), ...parts.slice(1).map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
  return LOCALE_FOLDER.test(tag) ? tag : null;
}

/**
 * The locale folders of a content folder, and what else at its top would hold advisories but is
 * not read: a folder not named by a locale tag (`LV-LV/`, `docs/`), a symbolic link, a markdown
 * file outside any locale folder. Said, not skipped in silence (other files, a LICENSE, are not).
 */
export function readContentRoot(contentDir: string): { locales: string[]; diagnostics: Diagnostic[] } {
  const locales: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const entries = readdirSync(contentDir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (entry.name.toLowerCase() === SOURCE_LOCALE.toLowerCase()) {
        // Read as a translation, it was checked against itself and every other document was "missing" in it.
        diagnostics.push(problem('source-locale-folder', `${entry.name}/`, `not read: ${SOURCE_LOCALE} is the language of the ` +
          'originals, and its pages are rebuilt from the English in the translated files; an advisory only here has no page'));
        continue;
      }
      if (LOCALE_FOLDER.test(entry.name)) { locales.push(entry.name); continue; }
      const tag = localeTagFor(entry.name);
      const hint = !tag ? '' : names.has(tag) ? `; ${tag}/ is there too: move the files you want read into it` : `; rename it ${tag} to include it`;
      diagnostics.push(problem('not-a-locale-folder', `${entry.name}/`, 'not read: the folder name is not a locale tag ' +
        `(like lv-LV, nb-NO)${hint}`));
    } else if (entry.isSymbolicLink()) {
      diagnostics.push(problem('symlink-skipped', entry.name,
        'symbolic link; not followed (tolk reads only real files and folders inside the content folder)'));
    } else if (MARKDOWN.test(entry.name) || OTHER_MARKDOWN.test(entry.name)) {
      diagnostics.push(problem('outside-locale-folder', entry.name, 'not read: advisories go in a locale folder (like lv-LV/)'));
    }
  }
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { locales: locales.sort(), diagnostics };
}

export function loadCorpus(contentDir: string, options: LoadOptions = {}): LoadedCorpus {
  const root = options.locales ? { locales: options.locales, diagnostics: [] } : readContentRoot(contentDir);
  const diagnostics: Diagnostic[] = [...root.diagnostics];
  const found = root.locales.slice().sort();
  const locales: string[] = [];
  const files: { locale: string; full: string; file: string }[] = [];
  for (const locale of found) {
    const list: { full: string; name: string }[] = [];
    const before = diagnostics.length;
    walk(join(contentDir, locale), locale, list, diagnostics);
    // A language with no files at all is left out, rather than every document marked missing in it.
    if (list.length === 0 && diagnostics.length === before) {
      diagnostics.push(problem('locale-empty', `${locale}/`, 'no .md files in this locale folder; the language is left out (no pages, no checks)'));
      continue;
    }
    locales.push(locale);
    list.sort((a, b) => (a.full < b.full ? -1 : a.full > b.full ? 1 : 0));
    for (const f of list) files.push({ locale, full: f.full, file: f.name });
  }
  const documents: LocaleDocument[] = [];
  const slugsSeen = new Map<string, string>();
  let bytes = 0;
  const reader = new BatchReader();
  let batch: SourceFile[] = [];
  let batchStart = 0;
  files.forEach(({ locale, file }, index) => {
    if (index - batchStart >= batch.length) {
      batch = reader.readBatch(files, index);
      batchStart = index;
    }
    const read = batch[index - batchStart];
    options.onProgress?.(index + 1, files.length);
    if ('error' in read) {
      diagnostics.push({ severity: 'error', code: 'unreadable-file', file, line: 1, column: 1,
        message: `cannot read file (${read.error}); skipped` });
      return;
    }
    bytes += read.bytes;
    const underLocale = file.slice(locale.length + 1);
    const slug = slugOf(underLocale);
    if (slug !== underLocale.replace(MARKDOWN, '')) {
      read.diagnostics.push({ severity: 'info', code: 'file-name-normalized', file, line: 1, column: 1,
        message: `file name has invisible or non-NFC characters; its slug is "${slug}"` });
    }
    const key = `${locale}\u0000${slug}`;
    const clash = slugsSeen.get(key);
    if (clash) {
      diagnostics.push({ severity: 'error', code: 'slug-collision', file, line: 1, column: 1,
        message: `file has the same slug "${slug}" as ${clash}; skipped` });
      return;
    }
    slugsSeen.set(key, file);
    const doc = readDocument(read.text, { path: file, hasNul: read.hasNul });
    doc.diagnostics.unshift(...read.diagnostics);
    documents.push({ locale, slug, file, doc });
  });
  return { locales, documents, diagnostics, bytes };
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
