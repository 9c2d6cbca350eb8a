/** `tolk qa --format json`: the QaReport exactly as `runChecks` returns it (schemaVersion 1). */
import type { QaReport } from '../check/types.js';

export function qaToJson(report: QaReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
