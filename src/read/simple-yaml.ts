/**
 * A fast path for the front matter nearly every advisory has: `key: value` lines, and `key:`
 * followed by `- item` lines, of plain or simply quoted scalars. For such a block it returns
 * exactly what js-yaml's core schema returns (a whole-corpus test and a property test compare
 * the two); for anything else it returns null and the caller asks js-yaml. js-yaml spends about
 * 18 µs on a 20-line block, a third of all reading time on the shared corpus; this takes ~2 µs.
 */

type Scalar = string | number | boolean | null;
/** Marks a scalar this fast path does not decide (js-yaml must). */
const UNSURE = Symbol('unsure');

/** Keys js-yaml would turn into something else than the same string. */
const SPECIAL_KEYS = new Set(['__proto__', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Characters that start YAML syntax other than a plain scalar. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/**
 * Control characters (but line ends), BOM, line and paragraph separators: js-yaml has its own
 * rules for them. Tested once on the whole block.
 */
const AWKWARD = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]|\r(?!\n)/;
/** Every form the core schema's int and float types might accept (a superset). */
const NUMBER_LIKE = /^[-+]?(?:0b[01_]+|0x[\da-fA-F_]+|0o[0-7_]+|[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
const PLAIN_INT = /^(?:0|[1-9]\d{0,14})$/;

/** Whether a scalar starting with this character might be one NUMBER_LIKE matches (a cheap pre-test). */
const mayBeNumber = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 95 || c === 101 || c === 69;

function scalar(raw: string): Scalar | typeof UNSURE {
  if (raw === '' || raw !== raw.trim()) return UNSURE;
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const inner = raw.slice(1, -1);
    // Escapes, doubled quotes and anything after the closing quote are left to js-yaml.
    if (raw.length < 2 || raw[raw.length - 1] !== quote || inner.includes(quote) || (quote === '"' && inner.includes('\\'))) return UNSURE;
    return inner;
  }
  if (INDICATOR.test(raw) || raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) return UNSURE;
  if (raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return null;
  if (raw === 'true' || raw === 'True' || raw === 'TRUE') return true;
  if (raw === 'false' || raw === 'False' || raw === 'FALSE') return false;
  if (mayBeNumber(raw.charCodeAt(0)) && NUMBER_LIKE.test(raw)) return PLAIN_INT.test(raw) ? Number(raw) : UNSURE;
  return raw;
}

const KEY = /^[A-Za-z_][\w.-]*$/;
const SPACE = 32;
const DASH = 45;

/** The mapping, or null when the block is not of the simple kind (then js-yaml decides). */
export function parseSimpleYaml(text: string): Record<string, Scalar | Scalar[]> | null {
  const data: Record<string, Scalar | Scalar[]> = {};
  let list: Scalar[] | null = null;
  let listKey: string | null = null;
  let listIndent = -1;
  let keys = 0;
  if (AWKWARD.test(text)) return null;
  // A scan with indexOf rather than split and a capturing regex: this runs once per file.
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const lineStart = start;
    start = next;
    if (end === lineStart) continue;
    const first = text.charCodeAt(lineStart);
    if (listKey !== null && (first === DASH || first === SPACE)) {
      const indent = first === SPACE ? 2 : 0;
      if ((indent === 2 && !text.startsWith('  - ', lineStart)) || (indent === 0 && text.charCodeAt(lineStart + 1) !== SPACE)) return null;
      if (listIndent !== -1 && indent !== listIndent) return null;
      listIndent = indent;
      const value = scalar(text.slice(lineStart + indent + 2, end));
      if (value === UNSURE) return null;
      (list ??= []).push(value);
      data[listKey] = list;
      continue;
    }
    const colon = text.indexOf(':', lineStart);
    if (colon === -1 || colon >= end) return null;
    const key = text.slice(lineStart, colon);
    if (!KEY.test(key) || SPECIAL_KEYS.has(key) || Object.hasOwn(data, key)) return null;
    keys++;
    list = null;
    listIndent = -1;
    if (colon + 1 === end || (colon + 2 === end && text.charCodeAt(colon + 1) === SPACE)) {
      listKey = key;
      data[key] = null;
      continue;
    }
    if (text.charCodeAt(colon + 1) !== SPACE) return null;
    listKey = null;
    const value = scalar(text.slice(colon + 2, end));
    if (value === UNSURE) return null;
    data[key] = value;
  }
  return keys > 0 ? data : null;
}
