/**
 * Waivers: a reviewed finding that is fine as it is. A waiver names the document and check, and
 * optionally the locale and the segment id or unit key; without a segment or unit it covers every
 * finding of that check in the document. Waived findings stay in the report, marked.
 */
import type { Finding, QaConfig } from './types.js';

type Waiver = NonNullable<QaConfig['waivers']>[number];

function matches(w: Waiver, f: Finding): boolean {
  if (w.check !== f.check || w.document.normalize('NFC') !== f.document) return false;
  if (w.locale !== undefined && w.locale.toLowerCase() !== f.locale.toLowerCase()) return false;
  if (w.unit !== undefined && w.unit !== f.unit) return false;
  if (w.segment !== undefined && !(f.segment ?? '').split(' ').includes(w.segment) && w.segment !== f.segment) return false;
  return true;
}

/** Marks waived findings in place; returns the waivers that matched nothing (stale ones). */
export function applyWaivers(findings: Finding[], waivers: Waiver[]): Waiver[] {
  if (waivers.length === 0) return [];
  const used = new Set<Waiver>();
  for (const f of findings) {
    const w = waivers.find((candidate) => matches(candidate, f));
    if (!w) continue;
    f.waived = w.reason;
    used.add(w);
  }
  return waivers.filter((w) => !used.has(w));
}
