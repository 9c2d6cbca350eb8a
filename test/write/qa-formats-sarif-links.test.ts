/**
 * SARIF reads `[text](destination)` in a plain text message as an embedded link (SARIF 2.1.0
 * 3.11.6) and viewers draw it so: the nb-NO link-mismatch finding of content/ quotes
 * `[](https://go.microsoft.com/fwlink/p/?linkid=842054)`, which showed as an empty, invisible link
 * in VS Code's SARIF viewer. In SARIF the quote must stay text; the other formats keep it as is.
 */
import { describe, expect, it } from 'vitest';
import { qaToCsv } from '../../src/write/qa-csv.js';
import { qaToJson } from '../../src/write/qa-json.js';
import { qaToSarif } from '../../src/write/qa-sarif.js';
import { checkContent, parseCsv } from '../helpers/qa-fixture.js';

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; fullDescription: { text: string }; help: { text: string } }[] } };
    results: { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string> }[];
  }[];
}

// An embedded link in a plain text message as 3.11.6 defines it: link text with `\`, `[`, `]`
// escaped by a backslash, then `](`, a destination, `)`.
const SPEC_LINK = /\[(?:[^\\[\]]|\\[\\[\]])*\]\([^)\s]+\)/;
// What VS Code's SARIF viewer draws as a link (renderMessageWithEmbeddedLinks).
const VIEWER_LINK = /\[([^\]]*)\]\(([^)]+)\)/;
const QUOTED = '[](https://go.microsoft.com/fwlink/p/?linkid=842054)';

describe('SARIF message text and embedded links', () => {
  const { report } = checkContent();
  const log = JSON.parse(qaToSarif(report)) as SarifLog;
  const finding = report.findings.find((f) => f.check === 'link-mismatch' && f.message.includes(QUOTED));
  const result = log.runs[0].results.find((r) => r.ruleId === 'link-mismatch');

  it('holds no embedded link, by the spec or as VS Code\'s viewer reads one, in any message', () => {
    expect(finding?.locale).toBe('nb-NO');
    for (const r of log.runs[0].results) {
      expect(r.message.text, r.ruleId).not.toMatch(SPEC_LINK);
      expect(r.message.text, r.ruleId).not.toMatch(VIEWER_LINK);
    }
  });

  it('still reads as the quote: the same characters but for invisible word joiners', () => {
    expect(result?.message.text).not.toBe(finding?.message);
    expect(result?.message.text.replaceAll('\u2060', '')).toBe(finding?.message);
    expect(result?.message.text).toContain('https://go.microsoft.com/fwlink/p/?linkid=842054');
  });

  it('keeps the fingerprint of the finding as it was, so code scanning keeps its history', () => {
    expect(result?.partialFingerprints['tolkFinding/v1']).toContain(QUOTED);
  });

  it('gives link-mismatch\'s rule help ("Keep every [text](target)") without a link to "target"', () => {
    const rule = log.runs[0].tool.driver.rules.find((r) => r.id === 'link-mismatch');
    expect(rule?.help.text.replaceAll('\u2060', '')).toContain('[text](target)');
    for (const text of [rule?.help.text, rule?.fullDescription.text]) expect(text).not.toMatch(VIEWER_LINK);
  });

  it('changes only SARIF: JSON and CSV quote the link as the report has it', () => {
    expect(qaToJson(report)).toContain(QUOTED);
    expect(parseCsv(qaToCsv(report)).some((row) => row.some((cell) => cell.includes(QUOTED)))).toBe(true);
  });
});
