import { beforeAll, describe, expect, it } from 'vitest';
import { alignCorpus } from '../../src/align/align.js';
import { readAndAlign } from '../../src/pipeline.js';
import { readDocument } from '../../src/read/read-document.js';
import { alignToJson } from '../../src/write/align-json.js';
import { CONTENT, CORPUS, hasCorpus } from '../helpers/corpus.js';

const corpus = readAndAlign(CONTENT);
const doc = (slug: string) => corpus.documents.find((d) => d.slug === slug)!;
const unit = (slug: string, key: string) => doc(slug).units.find((u) => u.key === key)!;

describe('aligner on content/', () => {
  it('aligns the seeds by key: lv-LV a4db7-103 with its nb-NO twin and one English source', () => {
    const u = unit('prepare-for-use-of-tls-1-2-in-office-365', '103');
    expect(u.targets['lv-LV']).toMatch(/^Sākot ar 2018/);
    expect(u.targets['nb-NO']).toMatch(/^Fra og med 31\. oktober 2018/);
    expect(u.ids).toEqual({ 'lv-LV': ['a4db7-103'], 'nb-NO': ['294fe-103'] });
    expect(u.source).toBe('As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.');
    expect(u.flags).toEqual([]);
  });

  it('aligns merged nb-NO c59cc-p101 to lv-LV 103+104 without missing/extra flags', () => {
    const d = doc('changing-shared-mailbox-send-as-behavior');
    const u = d.units.find((x) => x.key === '103+104')!;
    expect(u.covers).toEqual(['103', '104']);
    expect(u.ids['nb-NO']).toEqual(['c59cc-p101']);
    expect(u.ids['lv-LV']).toEqual(['e7d1a-103', 'e7d1a-104']);
    expect(u.flags).toEqual([{ flag: 'merged', locale: 'nb-NO' }]);
    expect(d.units.map((x) => x.key)).toEqual(['102', '103+104', '105', '106']);
  });

  it('aligns a three-segment merged run (declined-credit-card 108+109+110)', () => {
    expect(unit('declined-credit-card', '108+109+110').flags).toEqual([{ flag: 'merged', locale: 'nb-NO' }]);
  });

  it('flags source drift when the two locales carry different English for one key (were-here-to-help 102)', () => {
    const u = unit('were-here-to-help', '102');
    expect(u.flags.map((f) => f.flag)).toEqual(['drift']);
    expect(u.sources['lv-LV']).not.toBe(u.sources['nb-NO']);
  });

  it('flags nb-NO missing the [!TIPS] segment 107 of set-up-insider-risk-management', () => {
    expect(unit('set-up-insider-risk-management', '107').flags).toEqual([{ flag: 'missing', locale: 'nb-NO' }]);
  });

  it('keeps a document present only in lv-LV and marks nb-NO as missing', () => {
    const d = doc('tls-certificates');
    expect(Object.keys(d.locales)).toEqual(['lv-LV']);
    expect(d.missingLocales).toEqual(['nb-NO']);
    expect(d.units.length).toBeGreaterThan(0);
  });

  it('groups subfolder documents by slug (includes/, commercial-dialogues/) and zero-width file names', () => {
    expect(Object.keys(doc('includes/alchemyinsights-content-updates').locales)).toEqual(['lv-LV', 'nb-NO']);
    expect(Object.keys(doc('commercial-dialogues/aad-security-and-identity').locales)).toEqual(['lv-LV', 'nb-NO']);
    expect(Object.keys(doc('restore-an-office-365-group-using-eac').locales)).toEqual(['lv-LV', 'nb-NO']);
  });

  it('uses the newest hand-off as the English reference', () => {
    // Both seeds' ms.lasthandoff are compared; the newer locale supplies the English.
    const d = doc('prepare-for-use-of-tls-1-2-in-office-365');
    const handoff = (l: string) => String(d.locales[l].doc.frontMatter.data['ms.lasthandoff']);
    const [lv, nb] = [handoff('lv-LV'), handoff('nb-NO')].map((s) => new Date(s).getTime());
    expect(d.referenceLocale).toBe(nb > lv ? 'nb-NO' : 'lv-LV');
  });

  it('gives each locale\'s translation, English, ids and line the same way through the accessors and the records', () => {
    let compared = 0;
    for (const d of corpus.documents) {
      for (const u of d.units) {
        for (const l of [...corpus.locales, 'en-US']) {
          expect(u.targetOf(l)).toBe(u.targets[l] ?? null);
          expect(u.englishOf(l)).toBe(u.sources[l] ?? null);
          expect(u.idsOf(l)).toEqual(u.ids[l] ?? []);
          expect(u.lineOf(l)).toBe(u.lines[l] ?? null);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
    // A merged run: the run's translations and English joined, in document order.
    const run = unit('changing-shared-mailbox-send-as-behavior', '103+104');
    expect(run.idsOf('lv-LV')).toEqual(['e7d1a-103', 'e7d1a-104']);
    const lv = doc('changing-shared-mailbox-send-as-behavior').locales['lv-LV'].doc.segments;
    expect(run.targetOf('lv-LV')).toBe(`${lv.find((s) => s.key === '103')!.target} ${lv.find((s) => s.key === '104')!.target}`);
    expect(run.lineOf('lv-LV')).toBe(lv.find((s) => s.key === '103')!.line);
  });

  it('produces the documented --json shape with totals', () => {
    const json = alignToJson(corpus);
    expect(json.locales).toEqual(['lv-LV', 'nb-NO']);
    expect(json.totals.documents).toBe(json.documents.length);
    const d = json.documents.find((x) => x.slug === 'troubleshoot-presence-issues-outlook')!;
    expect(d.locales['lv-LV'].diagnostics.map((x) => x.severity + ':' + x.line)).toContain('warning:2');
    expect(json.totals.flags.merged).toBe(4);
    expect(json.totals.segments['lv-LV']).toBe(corpus.documents.reduce((n, x) => n + (x.locales['lv-LV']?.doc.segments.length ?? 0), 0));
  });
});

describe('aligner flags on small documents', () => {
  const span = (id: string, target: string, english: string) =>
    `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;
  const align = (lv: string[], nb: string[]) => {
    const doc = (locale: string, prefix: string, lines: string[], handoff: string) => ({
      locale, slug: 'x', file: `${locale}/x.md`,
      doc: readDocument(`---\nms.lasthandoff: ${handoff}\n---\n${lines.map((l) => l.replaceAll('ID', prefix)).join('\n\n')}\n`, { path: `${locale}/x.md` }),
    });
    return alignCorpus([doc('lv-LV', 'aaaaa', lv, '04/15/2021'), doc('nb-NO', 'bbbbb', nb, '04/21/2020')], ['lv-LV', 'nb-NO']).documents[0];
  };

  it('does not flag English that differs only in whitespace as drift, and flags other differences', () => {
    const d = align(
      [span('ID-101', 'Viens.', 'Sign in to Outlook.'), span('ID-102', 'Divi.', 'Open the  app.'), span('ID-103', 'Trīs.', 'Select Save.')],
      [span('ID-101', 'En.', 'Sign in to  Outlook. '), span('ID-102', 'To.', 'Open the app.'), span('ID-103', 'Tre.', 'Select Close.')],
    );
    expect(d.referenceLocale).toBe('lv-LV');
    expect(d.units.map((u) => [u.key, u.flags.map((f) => `${f.flag}:${f.locale}`)])).toEqual([
      ['101', []], ['102', []], ['103', ['drift:nb-NO']],
    ]);
    expect(d.units[2].source).toBe('Select Save.');
    expect(d.units[2].englishOf('nb-NO')).toBe('Select Close.');
  });

  it('flags a locale missing a segment the reference has, and one the reference lacks as extra', () => {
    const d = align(
      [span('ID-101', 'Viens.', 'One.'), span('ID-102', 'Divi.', 'Two.')],
      [span('ID-101', 'En.', 'One.'), span('ID-103', 'Tre.', 'Three.')],
    );
    expect(d.units.map((u) => [u.key, u.flags])).toEqual([
      ['101', []],
      ['102', [{ flag: 'missing', locale: 'nb-NO' }]],
      ['103', [{ flag: 'extra', locale: 'nb-NO' }]],
    ]);
    expect(d.units[2].source).toBe('Three.');
    expect(d.units[1].targetOf('nb-NO')).toBeNull();
  });
});

describe.runIf(hasCorpus)('aligner on the whole shared corpus', () => {
  let shared: ReturnType<typeof readAndAlign>;
  let json: ReturnType<typeof alignToJson>;
  beforeAll(() => {
    shared = readAndAlign(CORPUS);
    json = alignToJson(shared);
  });

  it('reports all 2,910 documents of each locale', () => {
    expect(json.totals.documents).toBe(2910);
    for (const l of ['lv-LV', 'nb-NO']) expect(json.documents.filter((d) => d.locales[l]).length).toBe(2910);
  });

  it('aligns every nb-NO merged segment to its lv-LV run, with no missing/extra flags on them', () => {
    const merged = json.documents.flatMap((d) => d.units.filter((u) => u.flags.some((f) => f.flag === 'merged')));
    const nbMergedSegments = shared.documents.flatMap((d) => d.locales['nb-NO']?.doc.segments.filter((s) => s.merged) ?? []);
    expect(nbMergedSegments.length).toBe(8);
    expect(json.totals.flags.merged).toBe(8);
    for (const u of merged) {
      expect(u.covers.length).toBeGreaterThan(1);
      expect(u.flags.filter((f) => f.flag === 'missing' || f.flag === 'extra')).toEqual([]);
      expect(u.targets['lv-LV']).not.toBeNull();
    }
  });

  it('flags the source-drift units and salvages both span-wrapped front matters', () => {
    expect(json.totals.flags.drift).toBeGreaterThan(0);
    const salvaged = shared.documents.flatMap((d) => Object.values(d.locales)).filter((l) => l.doc.frontMatter.status === 'salvaged');
    expect(salvaged.map((l) => l.file).sort()).toEqual(['lv-LV/troubleshoot-presence-issues-outlook.md', 'nb-NO/troubleshoot-presence-issues-outlook.md']);
  });
});
