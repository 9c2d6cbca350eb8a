/**
 * SARIF message strings and braces. SARIF 2.1.0 §3.11.5: `{n}` in a message is a placeholder a
 * viewer replaces with `arguments[n]`, and "within both plain text and formatted message strings,
 * the characters `{` and `}` SHALL be represented by the character sequences `{{` and `}}`". A
 * finding that quotes a segment's `{0}` showed, in a viewer that follows the spec, an argument
 * tolk never gave. Real content, one nb-NO sentence given a `{0}` its English lacks.
 */
import { describe, expect, it } from 'vitest';
import { qaToSarif, sarifMessageText } from '../../src/write/qa-sarif.js';
import { checkContent, hostileContent, rewriteSegment, TLS, TLS_NB } from '../helpers/qa-fixture.js';

interface Log {
  runs: {
    tool: { driver: { rules: { id: string; fullDescription: { text: string }; help: { text: string } }[] } };
    results: { ruleId: string; message: { text: string }; properties: { document: string; locale: string; target: string | null } }[];
  }[];
}

/** What a viewer shows: `{{` and `}}` as one brace; a lone `{n}` is a placeholder (left as is here). */
const shown = (text: string): string => text.replace(/\{\{|\}\}/g, (pair) => pair[0]);
/** A `{n}` that is a placeholder: not part of a doubled brace. */
const hasPlaceholder = (text: string): boolean => /(?:^|[^{])(?:\{\{)*\{\d+\}/.test(text);

describe('SARIF: braces in messages', () => {
  const dir = hostileContent();
  // nb-NO 294fe-104, with a {0} the English does not have: a placeholder-mismatch error quoting it.
  rewriteSegment(dir, TLS_NB, '294fe-104', 'Meldingen {0} vises når {} er tom.');
  const { report } = checkContent(dir);
  const log = JSON.parse(qaToSarif(report)) as Log;

  it('doubles the braces of a finding that quotes {0}, so a viewer shows {0} and no argument', () => {
    const finding = report.findings.find((f) => f.document === TLS && f.locale === 'nb-NO' && f.message.includes('{0}'));
    expect(finding?.check).toBe('placeholder-mismatch');
    const result = log.runs[0].results.find((r) => r.ruleId === finding!.check && r.properties.locale === 'nb-NO' &&
      r.properties.document === TLS && r.properties.target === finding!.target)!;
    expect(result.message.text).toContain('"{{0}}"');
    expect(hasPlaceholder(result.message.text)).toBe(false);
    expect(shown(result.message.text)).toBe(finding!.message);
  });

  it('has no placeholder in any message or rule text', () => {
    const texts = [...log.runs[0].results.map((r) => r.message.text),
      ...log.runs[0].tool.driver.rules.flatMap((r) => [r.fullDescription.text, r.help.text])];
    for (const text of texts) expect(hasPlaceholder(text), text).toBe(false);
    // placeholder-mismatch's own description names {0} as an example.
    const rule = log.runs[0].tool.driver.rules.find((r) => r.id === 'placeholder-mismatch')!;
    expect(rule.help.text).toContain('{{0}}');
  });

  it('writes {} and a lone brace doubled too', () => {
    expect(sarifMessageText('missing "{}" and "}" and "{"')).toBe('missing "{{}}" and "}}" and "{{"');
    expect(shown(sarifMessageText('the English has "{0}", "{}"'))).toBe('the English has "{0}", "{}"');
  });
});
