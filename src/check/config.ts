/**
 * QA configuration: `tolk.config.json` in the project folder, or the `tolk` key of its
 * package.json. Invalid entries are dropped with a message that names the file, the entry and
 * what tolk did instead; the rest of the configuration still applies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../model.js';
import { checkIds } from './registry.js';
import type { QaConfig } from './types.js';
// Edit distance, to suggest `waivers` for `waiver` and `number-mismatch` for `numbers-mismatch`.
import { distance } from './edit-distance.js';

export interface LoadedQaConfig {
  config: QaConfig;
  /** The file the configuration came from, or null when there is none. */
  source: string | null;
  diagnostics: string[];
  /** Set when the file could not be read as JSON, so none of it applies: what is wrong with it. */
  unreadable?: string;
}

type Waiver = NonNullable<QaConfig['waivers']>[number];

const SEVERITIES = ['error', 'warning', 'info', 'off'];
const QA_KEYS = ['severity', 'disabled', 'waivers'];
const WAIVER_KEYS = ['document', 'check', 'reason', 'locale', 'segment', 'unit'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}

function unknownCheck(id: string): string {
  const guess = closest(id, checkIds);
  return `unknown check "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

class Validator {
  readonly diagnostics: string[] = [];
  constructor(private readonly label: string) {}

  problem(message: string): void {
    this.diagnostics.push(`${this.label}: ${message}`);
  }

  severity(value: unknown): QaConfig['severity'] | undefined {
    if (value === undefined) return undefined;
    if (!isObject(value)) {
      this.problem('"severity" must be an object of check id → error|warning|info|off; ignored');
      return undefined;
    }
    const out: Record<string, Severity | 'off'> = {};
    for (const [id, level] of Object.entries(value)) {
      if (!checkIds.includes(id)) { this.problem(`"severity" names ${unknownCheck(id)}; ignored`); continue; }
      if (typeof level !== 'string' || !SEVERITIES.includes(level)) {
        this.problem(`"severity" of "${id}" is ${JSON.stringify(level)}, not one of ${SEVERITIES.join(', ')}; ` +
          'ignored, the check keeps its default severity');
        continue;
      }
      out[id] = level as Severity | 'off';
    }
    return out;
  }

  disabled(value: unknown): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.problem('"disabled" must be a list of check ids; ignored, all checks run');
      return undefined;
    }
    return value.filter((id): id is string => {
      if (typeof id === 'string' && checkIds.includes(id)) return true;
      this.problem(`"disabled" names ${typeof id === 'string' ? unknownCheck(id) : JSON.stringify(id)}; ignored`);
      return false;
    });
  }

  waiver(value: unknown, index: number): Waiver | null {
    const where = `waivers[${index}]`;
    if (!isObject(value)) { this.problem(`${where} is not an object; ignored`); return null; }
    const { document, check, reason, segment, unit, locale } = value;
    const what = `${where}${typeof document === 'string' ? ` (${document}${typeof check === 'string' ? `, ${check}` : ''})` : ''}`;
    if (typeof document !== 'string' || document === '') { this.problem(`${what} has no "document" (the slug); ignored`); return null; }
    if (typeof check !== 'string') { this.problem(`${what} has no "check"; ignored`); return null; }
    if (!checkIds.includes(check)) { this.problem(`${what} names ${unknownCheck(check)}; ignored`); return null; }
    if (typeof reason !== 'string' || reason.trim() === '') {
      this.problem(`${what} has no "reason"; ignored: a waiver must say why the finding is acceptable`);
      return null;
    }
    // A misspelt "segment" would otherwise leave a waiver of the whole document's findings.
    for (const key of Object.keys(value)) {
      if (WAIVER_KEYS.includes(key)) continue;
      const guess = closest(key, WAIVER_KEYS);
      this.problem(`${what} has unknown key "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; ` +
        `the waiver is ignored rather than read as wider than meant (keys: ${WAIVER_KEYS.join(', ')})`);
      return null;
    }
    for (const [key, field] of Object.entries({ segment, unit, locale })) {
      if (field !== undefined && typeof field !== 'string') { this.problem(`${what} "${key}" must be a string; ignored`); return null; }
    }
    const waiver: Waiver = { document, check, reason };
    if (typeof segment === 'string') waiver.segment = segment;
    if (typeof unit === 'string') waiver.unit = unit;
    if (typeof locale === 'string') waiver.locale = locale;
    return waiver;
  }

  waivers(value: unknown): Waiver[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) { this.problem('"waivers" must be a list; ignored, nothing is waived'); return undefined; }
    return value.map((w, i) => this.waiver(w, i)).filter((w): w is Waiver => w !== null);
  }

  /** Other keys belong to other parts of tolk; only near-misses of the QA keys are reported. */
  otherKeys(raw: Record<string, unknown>): void {
    for (const key of Object.keys(raw)) {
      if (QA_KEYS.includes(key)) continue;
      const guess = closest(key, QA_KEYS);
      if (guess) this.problem(`unknown key "${key}" (did you mean "${guess}"?); ignored`);
    }
  }
}

/** Validates a parsed configuration object; `label` names where it came from in messages. */
export function validateQaConfig(raw: unknown, label: string): { config: QaConfig; diagnostics: string[] } {
  const v = new Validator(label);
  if (!isObject(raw)) {
    v.problem('the QA configuration must be an object with "severity", "disabled" and "waivers"; ignored, default settings apply');
    return { config: {}, diagnostics: v.diagnostics };
  }
  const config: QaConfig = {};
  const severity = v.severity(raw.severity);
  const disabled = v.disabled(raw.disabled);
  const waivers = v.waivers(raw.waivers);
  if (severity) config.severity = severity;
  if (disabled) config.disabled = disabled;
  if (waivers) config.waivers = waivers;
  v.otherKeys(raw);
  return { config, diagnostics: v.diagnostics };
}

/** JSON text of a file; a byte order mark (Notepad writes one) is not part of the JSON. */
export const readJsonText = (file: string): string => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

function readJson(file: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(readJsonText(file)) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Reads tolk.config.json, or else the `tolk` key of package.json, in `dir`. */
export function loadQaConfig(dir: string): LoadedQaConfig {
  const configFile = join(dir, 'tolk.config.json');
  const packageFile = join(dir, 'package.json');
  const diagnostics: string[] = [];
  let raw: unknown;
  let source: string | null = null;
  let label = '';
  if (existsSync(configFile)) {
    const read = readJson(configFile);
    if (read.error !== undefined) {
      return { config: {}, source: configFile, unreadable: `not valid JSON (${read.error})`,
        diagnostics: [`${configFile}: not valid JSON (${read.error}); ignored, default settings apply`] };
    }
    raw = read.value;
    source = configFile;
    label = configFile;
    const pkg = existsSync(packageFile) ? readJson(packageFile).value : undefined;
    if (isObject(pkg) && pkg.tolk !== undefined) {
      diagnostics.push(`${packageFile}: its "tolk" key is ignored because ${configFile} exists`);
    }
  } else if (existsSync(packageFile)) {
    const read = readJson(packageFile);
    if (read.error !== undefined || !isObject(read.value) || read.value.tolk === undefined) {
      return { config: {}, source: null, diagnostics: [] };
    }
    raw = read.value.tolk;
    source = packageFile;
    label = `${packageFile} ("tolk" key)`;
  } else {
    return { config: {}, source: null, diagnostics: [] };
  }
  const validated = validateQaConfig(raw, label);
  return { config: validated.config, source, diagnostics: [...diagnostics, ...validated.diagnostics] };
}
