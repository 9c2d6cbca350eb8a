/**
 * A fast path for the front matter nearly every advisory has: `key: value` lines, and `key:`
 * followed by `- item` lines, of plain or simply quoted scalars. For such a block it returns
 * exactly what js-yaml's core schema returns (a whole-corpus test and a property test compare
 * the two); for anything else it returns null and the caller asks js-yaml. js-yaml spends about
 * 18 µs on a 20-line block, a third of all reading time on the shared corpus; this takes about
 * 4 µs. It runs once per file, so keys are checked char by char, not cut out and matched by a
 * regex, and duplicate keys are found by counting, not by a lookup per line.
 */

type Scalar = string | number | boolean | null;
/** Marks a scalar this fast path does not decide (js-yaml must). */
const UNSURE = Symbol('unsure');

/** Keys js-yaml would turn into something else than the same string. */
const SPECIAL_KEYS = new Set(['__proto__', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/**
 * Control characters (but line ends), BOM, line and paragraph separators: js-yaml has its own
 * rules for them. Tested once on the whole block; so is a carriage return not before a newline.
 */
const AWKWARD = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
const BARE_CR = /\r(?!\n)/;
/** Every form the core schema's int and float types might accept (a superset). */
const NUMBER_LIKE = /^[-+]?(?:0b[01_]+|0x[\da-fA-F_]+|0o[0-7_]+|[\d_]*\.?[\d_]*(?:[eE][-+]?\d+)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;
const PLAIN_INT = /^(?:0|[1-9]\d{0,14})$/;

const SPACE = 32;
const DASH = 45;
const COLON = 58;

/** Whether a plain scalar may not start with this character: `-?:,[]{}#&*!|>'"%@` and backtick, or white space. */
function isIndicator(c: number): boolean {
  switch (c) {
    case 45: case 63: case 58: case 44: case 91: case 93: case 123: case 125: case 35: case 38: case 42:
    case 33: case 124: case 62: case 39: case 34: case 37: case 64: case 96:
      return true;
    default:
      return c <= SPACE || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
  }
}

/** Whether a scalar starting with this character might be one NUMBER_LIKE matches (a cheap pre-test). */
const mayBeNumber = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 95 || c === 101 || c === 69;

/** `[A-Za-z_]` as the first character of a key, `[\w.-]` after it. */
const isKeyStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isKeyPart = (c: number): boolean => isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === DASH;
/** First characters of the keys in SPECIAL_KEYS: only these keys need the set lookup. */
const mayBeSpecial = (c: number): boolean => c === 95 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;

function scalar(raw: string): Scalar | typeof UNSURE {
  if (raw === '' || raw !== raw.trim()) return UNSURE;
  const first = raw.charCodeAt(0);
  if (first === 34 || first === 39) {
    const quote = raw[0];
    const inner = raw.slice(1, -1);
    // Escapes, doubled quotes and anything after the closing quote are left to js-yaml.
    if (raw.length < 2 || raw[raw.length - 1] !== quote || inner.includes(quote) || (first === 34 && inner.includes('\\'))) return UNSURE;
    return inner;
  }
  if (isIndicator(first) || raw.includes(': ') || raw.includes(' #') || raw.charCodeAt(raw.length - 1) === COLON) return UNSURE;
  if (raw.length <= 5) {
    if (raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return null;
    if (raw === 'true' || raw === 'True' || raw === 'TRUE') return true;
    if (raw === 'false' || raw === 'False' || raw === 'FALSE') return false;
  }
  if (mayBeNumber(first) && NUMBER_LIKE.test(raw)) return PLAIN_INT.test(raw) ? Number(raw) : UNSURE;
  return raw;
}

/** The mapping, or null when the block is not of the simple kind (then js-yaml decides). */
export function parseSimpleYaml(text: string): Record<string, Scalar | Scalar[]> | null {
  const data: Record<string, Scalar | Scalar[]> = {};
  let list: Scalar[] | null = null;
  let listKey: string | null = null;
  let listIndent = -1;
  let keys = 0;
  if (AWKWARD.test(text) || (text.includes('\r') && BARE_CR.test(text))) return null;
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
    // The key runs to the first colon and must match [A-Za-z_][\w.-]*.
    if (!isKeyStart(first)) return null;
    let colon = lineStart + 1;
    for (; colon < end; colon++) {
      const c = text.charCodeAt(colon);
      if (c === COLON) break;
      if (!isKeyPart(c)) return null;
    }
    if (colon === end) return null;
    const key = text.slice(lineStart, colon);
    if (mayBeSpecial(first) && SPECIAL_KEYS.has(key)) return null;
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
  // A key given twice leaves fewer properties than keys: js-yaml rejects duplicates.
  return keys > 0 && Object.keys(data).length === keys ? data : null;
}
