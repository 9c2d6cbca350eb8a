/**
 * `--fail-on error|warning|info|never`: the severity from which a problem fails the run (exit 1),
 * for `tolk qa` (its findings) and `tolk build` (the diagnostics it prints). Kept apart from both
 * commands so that `tolk build` does not load the QA command to read one option.
 */
import type { Severity } from '../model.js';
import { severityRank } from '../write/qa-shared.js';
import { UsageError } from './output.js';

export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export function parseFailOn(name: string): FailOn {
  if (!(FAIL_ON as readonly string[]).includes(name)) throw new UsageError(`unknown --fail-on "${name}"; use one of: ${FAIL_ON.join(', ')}`);
  return name as FailOn;
}

/** Whether a problem of this severity fails a run with this threshold. */
export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && severityRank(severity) <= severityRank(failOn);
}
