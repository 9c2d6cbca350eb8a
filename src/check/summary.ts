/** Counts of findings by severity and by check, waived ones apart: a report's `summary`. */
import type { Severity } from '../model.js';
import type { Finding, QaReport } from './types.js';

type Counts = Pick<QaReport['summary'], 'findings' | 'byCheck'>;

/** `checkIds`: the checks listed even with no finding (the enabled ones). */
export function countFindings(findings: Finding[], checkIds: string[]): Counts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCheck: QaReport['summary']['byCheck'] = {};
  for (const id of checkIds) byCheck[id] = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) {
    const counts = (byCheck[f.check] ??= { error: 0, warning: 0, info: 0, waived: 0 });
    if (f.waived !== null) { counts.waived++; continue; }
    counts[f.severity]++;
    bySeverity[f.severity]++;
  }
  return { findings: bySeverity, byCheck };
}
