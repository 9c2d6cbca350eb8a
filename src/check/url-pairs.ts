/**
 * Which URL the translation lacks "became" which URL it has instead. Paired by position, as they
 * were, a sentence that lost one URL and changed another said "X became Y" of two URLs that have
 * nothing to do with each other, and called the one really changed missing. Paired by likeness
 * now: the same host, or a small edit distance; the rest are said missing or extra.
 */
import { difference } from './changed-token.js';
import { distance } from './edit-distance.js';
import type { Token } from './text.js';

export interface UrlPairs { changed: [Token, Token][]; missing: Token[]; extra: Token[] }

/** `https://www.Example.com/x` → `example.com`; `user@contoso.com` → `contoso.com`. */
function hostOf(url: string): string {
  const m = /^(?:[a-z]+:\/\/\s*)?(?:[^@/?#\s]*@)?(?:www\.)?([^/?#\s]+)/i.exec(url);
  return m ? m[1].toLowerCase() : url.toLowerCase();
}

/** Edit distance when `a` and `b` are alike enough to be one URL changed; null when not. */
function likeness(a: string, b: string): number | null {
  const d = distance(a.toLowerCase(), b.toLowerCase());
  const alike = hostOf(a) === hostOf(b) || difference(a, b) !== null || d <= Math.max(2, Math.floor(Math.min(a.length, b.length) / 3));
  return alike ? d : null;
}

/**
 * One missing and one extra URL are one change, however unlike (one URL of the sentence written
 * otherwise, as changed-token.ts pairs one of each); more are paired closest first, by likeness.
 */
export function pairUrls(missing: Token[], extra: Token[]): UrlPairs {
  if (missing.length === 1 && extra.length === 1) return { changed: [[missing[0], extra[0]]], missing: [], extra: [] };
  const candidates: { m: number; e: number; d: number }[] = [];
  missing.forEach((m, i) => extra.forEach((e, j) => {
    const d = likeness(m.text, e.text);
    if (d !== null) candidates.push({ m: i, e: j, d });
  }));
  // Closest first; between equally close, in the order written.
  candidates.sort((x, y) => x.d - y.d || x.m - y.m || x.e - y.e);
  const pairedM = new Map<number, number>();
  const usedE = new Set<number>();
  for (const c of candidates) {
    if (pairedM.has(c.m) || usedE.has(c.e)) continue;
    pairedM.set(c.m, c.e);
    usedE.add(c.e);
  }
  return {
    changed: [...pairedM].sort(([a], [b]) => a - b).map(([m, e]) => [missing[m], extra[e]]),
    missing: missing.filter((_, i) => !pairedM.has(i)),
    extra: extra.filter((_, j) => !usedE.has(j)),
  };
}
