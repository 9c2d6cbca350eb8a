/**
 * Content versions of the site's assets (templates/assets/): pages load `assets/site.js?v=<hash>`,
 * so after a redeploy a browser or CDN holding an old site.js fetches the new one with the new
 * HTML (a fixed name could pair new pages with cached old scripts and styles), while an unchanged
 * file keeps its URL and stays cached. The hash is of the file's bytes: the same input still
 * gives byte-identical pages.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ASSETS_DIR } from './paths.js';

/** Hex digits of the SHA-256 kept in the URL: 40 bits, plenty to tell one file's versions apart. */
const VERSION_LENGTH = 10;
/** How long a version is trusted without looking at the file again (a page renders every few µs). */
const RECHECK_MS = 1000;

interface Known { version: string; mtimeMs: number; size: number; checkedAt: number }
const known = new Map<string, Known>();

/** The first hex digits of the SHA-256 of a file's bytes. */
export function contentVersion(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, VERSION_LENGTH);
}

/**
 * The version of `file` in the assets folder. Remembered per file and checked again (by size and
 * modification time) at most once a second, so a long-running `tolk serve` picks up a changed
 * asset on its next rebuild without hashing it for every page.
 */
export function assetVersion(file: string, dir = ASSETS_DIR): string {
  const path = join(dir, file);
  const now = Date.now();
  const seen = known.get(path);
  if (seen && now - seen.checkedAt < RECHECK_MS) return seen.version;
  const stat = statSync(path);
  if (seen && seen.mtimeMs === stat.mtimeMs && seen.size === stat.size) {
    seen.checkedAt = now;
    return seen.version;
  }
  const version = contentVersion(readFileSync(path));
  known.set(path, { version, mtimeMs: stat.mtimeMs, size: stat.size, checkedAt: now });
  return version;
}

let pagefind: string | undefined;

/**
 * The version of Pagefind's script (pagefind/pagefind.js), written by the indexer after the pages:
 * its package version, which decides its bytes. A cached pagefind.js of an older Pagefind would
 * misread the new index files; the index files themselves are named by their hash.
 */
export function pagefindVersion(): string {
  if (pagefind === undefined) {
    pagefind = '';  // no Pagefind: the build stops before search pages matter (or --no-search)
    // Its package.json is not in its exports: looked for in the folders Node would search.
    for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'pagefind', 'package.json'), 'utf8')) as { version?: unknown };
        if (typeof pkg.version === 'string') pagefind = pkg.version;
        break;
      } catch {
        continue;
      }
    }
  }
  return pagefind;
}
