/**
 * Waivers: a reviewed finding that is fine as it is. A waiver names the document and check, and
 * optionally the locale and the segment id or unit key; without a segment or unit it covers every
 * finding of that check in the document. Waived findings stay in the report, marked.
 */
import type { Finding, QaConfig } from './types.js';

type Waiver = NonNullable<QaConfig['waivers']>[number];

const keyOf = (check: string, document: string): string => `${check}\u0000${document}`;

/** Whether the waiver covers the finding, which has its check and document (see applyWaivers). */
function matches(w: Waiver, f: Finding): boolean {
  if (w.locale !== undefined && w.locale.toLowerCase() !== f.locale.toLowerCase()) return false;
  if (w.unit !== undefined && w.unit !== f.unit) return false;
  if (w.segment !== undefined && !(f.segment ?? '').split(' ').includes(w.segment) && w.segment !== f.segment) return false;
  return true;
}

/**
 * Marks waived findings in place (with the first matching waiver's reason); returns the waivers
 * that matched nothing (stale ones). Every waiver that matches counts as used, also when an
 * earlier one covers the same finding: calling it stale would get a correct waiver deleted.
 */
export function applyWaivers(findings: Finding[], waivers: Waiver[]): Waiver[] {
  if (waivers.length === 0) return [];
  // By check and document: "Waive all" on a big report writes a waiver per finding.
  const byKey = new Map<string, Waiver[]>();
  for (const w of waivers) {
    const key = keyOf(w.check, w.document.normalize('NFC'));
    const list = byKey.get(key);
    if (list) list.push(w);
    else byKey.set(key, [w]);
  }
  const used = new Set<Waiver>();
  for (const f of findings) {
    for (const w of byKey.get(keyOf(f.check, f.document)) ?? []) {
      if (!matches(w, f)) continue;
      used.add(w);
      f.waived ??= w.reason;
    }
  }
  return waivers.filter((w) => !used.has(w));
}

/** What `tolk qa`, `tolk build` and `tolk serve` say of a waiver that matched no finding. */
export function staleWaiverMessage(w: Waiver): string {
  return `waiver matched no finding (stale?): ${w.check} in ${w.document}` +
    `${w.locale ? ` (${w.locale})` : ''}${w.unit ? ` unit ${w.unit}` : ''}${w.segment ? ` segment ${w.segment}` : ''}`;
}
