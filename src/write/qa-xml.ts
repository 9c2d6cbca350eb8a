/** Escaping for XML 1.0 output: well-formed whatever the (untrusted) segment text holds. */

// Characters XML 1.0 forbids anywhere, even escaped: C0 controls except tab/LF/CR, U+FFFE/U+FFFF,
// and unpaired surrogates. They become U+FFFD so the file still parses.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // A parser turns a raw CR into LF; the character reference keeps it.
    .replace(/\r/g, '&#13;');
}

export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** XML NMTOKEN (what XLIFF ids must be): name characters only; anything else becomes `_`. */
export function nmtoken(value: string): string {
  const token = value.replace(/[^\p{L}\p{N}._:\-]/gu, '_');
  return token.length > 0 ? token : '_';
}
