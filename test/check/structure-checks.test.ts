/**
 * Structure checks on real documents: missing/extra/merged segments, damaged span pairs,
 * English drift, missing documents and front matter. Damage the real data does not contain is
 * made by editing a real file (named in the test).
 */
import { describe, expect, it } from 'vitest';
import { damagedFile } from '../../src/check/checks/damaged-file.js';
import { documentMissing } from '../../src/check/checks/document-missing.js';
import { duplicateId } from '../../src/check/checks/duplicate-id.js';
import { extraSegment } from '../../src/check/checks/extra-segment.js';
import { frontMatter } from '../../src/check/checks/front-matter.js';
import { mergedSegment } from '../../src/check/checks/merged-segment.js';
import { missingSegment } from '../../src/check/checks/missing-segment.js';
import { orphanSpan } from '../../src/check/checks/orphan-span.js';
import { sourceDrift } from '../../src/check/checks/source-drift.js';
import { CONTENT, LOCALES, corpusOf, covered, editedCorpus, hitsOf, readReal, realCorpus, replaceOnce, unitOf } from './helpers.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const tlsNb = () => readReal(CONTENT, 'nb-NO', TLS);
const nbOnly = (text: string) => corpusOf([{ locale: 'nb-NO', slug: TLS, text }]);

describe('missing-segment', () => {
  const slug = 'set-up-insider-risk-management';
  const corpus = realCorpus(CONTENT, [slug]);
  const nb = () => readReal(CONTENT, 'nb-NO', slug);
  const nbEdited = (from: string, to: string) => editedCorpus(CONTENT, slug, 'nb-NO', from, to);

  it('does not flag nb-NO unit 107: lv-LV translates the marker ("[!PADOMI]", English "[!TIPS]"), nb-NO writes "> [!TIPS]" as markup', () => {
    // The site shows the nb-NO "Tips" callout from that markup, so nb-NO readers miss nothing.
    expect(nb()).toContain('\n> [!TIPS]\n');
    expect(hitsOf(missingSegment, corpus, slug, 'nb-NO', '107')).toEqual([]);
  });

  it('accepts the marker in another case and spacing, or as the singular "[!TIP]", as the renderer does', () => {
    for (const marker of ['>  [!tips] ', '> > [!Tip]']) {
      expect(hitsOf(missingSegment, nbEdited('> [!TIPS]', marker), slug, 'nb-NO', '107'), marker).toEqual([]);
    }
  });

  it('flags nb-NO unit 107 when the callout marker is gone, or is another kind ("> [!NOTE]")', () => {
    for (const marker of ['>', '> [!NOTE]']) {
      const hits = hitsOf(missingSegment, nbEdited('> [!TIPS]', marker), slug, 'nb-NO', '107');
      expect(hits, marker).toHaveLength(1);
      expect(hits[0].message).toContain('lv-LV e9b6c-107');
      expect(hits[0].message).toMatch(/belongs after line 30/);
      expect(hits[0].segment).toBeNull();
    }
  });

  it('flags a sentence nb-NO lacks (78b2b-108 "Using \'Data Leaks\' Template" removed), even right after the callout marker', () => {
    const sentence = /<span data-ttu-id="78b2b-108">.*?<\/span><\/span>/.exec(nb())![0];
    const hits = hitsOf(missingSegment, nbEdited(sentence, ''), slug, 'nb-NO', '108');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toContain('lv-LV e9b6c-108 "Using "Data Leaks" Template');
  });

  it('does not flag lv-LV set-up-insider-risk-management e9b6c-107, which has the segment', () => {
    expect(hitsOf(missingSegment, corpus, slug, 'lv-LV', 'e9b6c-107')).toEqual([]);
  });
});

describe('extra-segment', () => {
  const slug = 'set-up-insider-risk-management';
  // Same files, but nb-NO handed off a day later: nb-NO's English is now the reference.
  const corpus = editedCorpus(CONTENT, slug, 'nb-NO', 'ms.lasthandoff: 04/15/2021', 'ms.lasthandoff: 04/16/2021');

  it('flags lv-LV e9b6c-107 when nb-NO (newer hand-off) has no unit 107', () => {
    const hits = hitsOf(extraSegment, corpus, slug, 'lv-LV', 'e9b6c-107');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toContain('nb-NO');
  });

  it('does not flag lv-LV e9b6c-106, which nb-NO has too', () => {
    expect(hitsOf(extraSegment, corpus, slug, 'lv-LV', 'e9b6c-106')).toEqual([]);
  });
});

describe('merged-segment', () => {
  const corpus = realCorpus(CONTENT, ['changing-shared-mailbox-send-as-behavior']);

  it('reports nb-NO changing-shared-mailbox-send-as-behavior c59cc-p101 standing for units 103 and 104', () => {
    const hits = hitsOf(mergedSegment, corpus, 'changing-shared-mailbox-send-as-behavior', 'nb-NO', 'c59cc-p101');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(/c59cc-p101 .*2 English segments \(103, 104\)/);
  });

  it('does not report lv-LV e7d1a-103/104, which are two ordinary segments of the same unit', () => {
    expect(hitsOf(mergedSegment, corpus, 'changing-shared-mailbox-send-as-behavior', 'lv-LV', 'e7d1a-103')).toEqual([]);
  });
});

describe('duplicate-id', () => {
  const original = tlsNb();
  const span108 = original.slice(original.indexOf('<span data-ttu-id="294fe-108">'), original.indexOf('</span></span>', original.indexOf('data-stu-id="294fe-108"')) + 14);

  it('flags nb-NO prepare-for-use-of-tls-1-2 when segment 294fe-108 is pasted a second time', () => {
    const damaged = `${original}\n${span108}\n`;
    const hits = hitsOf(duplicateId, nbOnly(damaged), TLS, 'nb-NO');
    expect(hits).toHaveLength(1);
    expect(hits[0].segment).toBe('294fe-108');
    expect(hits[0].message).toMatch(/first on line 25/);
    expect(hits[0].line).toBeGreaterThan(25);
  });

  it('does not flag the real nb-NO prepare-for-use-of-tls-1-2 file', () => {
    expect(hitsOf(duplicateId, nbOnly(original), TLS, 'nb-NO')).toEqual([]);
  });

  it('lists 20 repeats one by one and the rest as one finding when the file body is pasted in 10 more times', () => {
    const body = original.slice(original.indexOf('\n---\n', 4) + 5);
    const segments = body.split('data-ttu-id=').length - 1;
    const hits = hitsOf(duplicateId, nbOnly(original + body.repeat(10)), TLS, 'nb-NO');
    expect(hits).toHaveLength(21);
    expect(hits.slice(0, 20).every((h) => h.segment !== null)).toBe(true);
    expect(hits[20].segment).toBeNull();
    expect(hits[20].message).toMatch(new RegExp(`^${10 * segments - 20} more segment ids are used again .*\\(${10 * segments} repeats in all`));
  });
});

describe('orphan-span', () => {
  const original = tlsNb();

  it('flags nb-NO 294fe-104 when its English twin (sxs-lookup span) is cut away', () => {
    const start = original.indexOf('<span class="sxs-lookup"><span data-stu-id="294fe-104">');
    const end = original.indexOf('</span></span>', start) + '</span></span>'.length;
    const damaged = original.slice(0, start) + original.slice(end);
    const hits = hitsOf(orphanSpan, nbOnly(damaged), TLS, 'nb-NO');
    expect(hits.map((h) => h.segment)).toEqual(['294fe-104']);
    expect(hits[0].message).toContain('no English twin');
  });

  it('flags nb-NO 294fe-106 when its English twin carries the id 294fe-107', () => {
    const damaged = replaceOnce(original, 'data-stu-id="294fe-106"', 'data-stu-id="294fe-107"');
    const hits = hitsOf(orphanSpan, nbOnly(damaged), TLS, 'nb-NO');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toContain('paired with English span 294fe-107');
  });

  it('flags an English span left without its translated span (nb-NO 294fe-104 translation removed)', () => {
    const start = original.indexOf('<span data-ttu-id="294fe-104">');
    const end = original.indexOf('</span>', start) + '</span>'.length;
    const hits = hitsOf(orphanSpan, nbOnly(original.slice(0, start) + original.slice(end)), TLS, 'nb-NO');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(/English span at line 23,/);
  });

  it('does not flag the real nb-NO prepare-for-use-of-tls-1-2 file', () => {
    expect(hitsOf(orphanSpan, nbOnly(original), TLS, 'nb-NO')).toEqual([]);
  });
});

describe('source-drift', () => {
  const corpus = realCorpus(CONTENT, ['were-here-to-help', 'enable-or-disable-microsoft-bookings']);

  // The real translation "Vi er her for å hjelpe" already ends as lv-LV's English does and is not
  // reported (source-drift-translation-follows-reference); one that kept its own English's "!" is.
  it('flags nb-NO were-here-to-help b0623-102 translated "…hjelpe!" ("We\'re here to help!" vs lv-LV\'s newer "We\'re here to help")', () => {
    const edited = editedCorpus(CONTENT, 'were-here-to-help', 'nb-NO', '">Vi er her for å hjelpe<', '">Vi er her for å hjelpe!<');
    const hits = hitsOf(sourceDrift, edited, 'were-here-to-help', 'nb-NO', 'b0623-102');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toContain('"help!"');
    const english = unitOf(edited, 'were-here-to-help', 'nb-NO', 'b0623-102').sources['nb-NO'];
    expect(covered(english, hits[0].highlights!.source![0])).toBe('help!');
  });

  it('does not flag nb-NO enable-or-disable-microsoft-bookings 497c1-108, whose English differs only in a URL locale (/nb-NO/ vs /lv-LV/)', () => {
    const unit = unitOf(corpus, 'enable-or-disable-microsoft-bookings', 'nb-NO', '497c1-108');
    expect(unit.flags).toContainEqual({ flag: 'drift', locale: 'nb-NO' });
    expect(hitsOf(sourceDrift, corpus, 'enable-or-disable-microsoft-bookings', 'nb-NO', '497c1-108')).toEqual([]);
  });
});

describe('document-missing', () => {
  const corpus = realCorpus(CONTENT, ['tls-certificates'], LOCALES);

  it('reports tls-certificates for nb-NO, which lacks it', () => {
    const hits = hitsOf(documentMissing, corpus, 'tls-certificates', 'nb-NO');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toBe('tls-certificates exists in lv-LV but not in nb-NO');
  });

  it('does not report tls-certificates for lv-LV, which has it', () => {
    expect(hitsOf(documentMissing, corpus, 'tls-certificates', 'lv-LV')).toEqual([]);
  });
});

describe('damaged-file', () => {
  const slug = 'tls-certificates';
  const lv = () => readReal(CONTENT, 'lv-LV', slug);

  it('passes the real lv-LV tls-certificates file', () => {
    expect(hitsOf(damagedFile, realCorpus(CONTENT, [slug], LOCALES), slug, 'lv-LV')).toEqual([]);
  });

  it('reports a translated span left open before its English twin, and a malformed id, with their lines', () => {
    const [first] = lv().match(/<span data-ttu-id="([^"]+)">[^<]*<\/span>/)!;
    const unclosed = replaceOnce(lv(), first, first.replace('</span>', ''));
    // And the last segment's id spoiled: 1o9 for 109.
    const last = unclosed.lastIndexOf('data-ttu-id="');
    const damaged = unclosed.slice(0, last) + unclosed.slice(last).replace(/(data-ttu-id="\w+-\d+)\d"/, '$1o"');
    expect(damaged.slice(0, last)).toContain(first.replace('</span>', ''));
    const corpus = corpusOf([{ locale: 'lv-LV', slug, text: damaged }]);
    const hits = hitsOf(damagedFile, corpus, slug, 'lv-LV');
    expect(hits).toHaveLength(2);
    const open = hits.find((h) => /not closed \(<\/span>\) before its English twin/.test(h.message))!;
    expect(open).toMatchObject({ severity: 'error', line: damaged.slice(0, damaged.indexOf(first.replace('</span>', ''))).split('\n').length });
    expect(open.message).toMatch(/^lv-LV\/tls-certificates\.md: /);
    const id = hits.find((h) => /segment id ".*-\d+o" is not of the form/.test(h.message))!;
    expect(id.severity).toBe('warning');
  });

  it('reports a file that could not be read as an error on its document, and document-missing stays quiet', () => {
    const corpus = realCorpus(CONTENT, [slug], LOCALES);
    corpus.diagnostics.push({ severity: 'error', code: 'unreadable-file', file: `nb-NO/${slug}.md`, line: 1, column: 1,
      message: 'cannot read file (EACCES: permission denied); skipped' });
    expect(hitsOf(damagedFile, corpus, slug, 'nb-NO')).toEqual([{ segment: null, line: 1, severity: 'error',
      message: `nb-NO/${slug}.md: cannot read file (EACCES: permission denied); skipped` }]);
    expect(hitsOf(documentMissing, corpus, slug, 'nb-NO')).toEqual([]);
  });
});

describe('front-matter', () => {
  const corpus = realCorpus(CONTENT, ['troubleshoot-presence-issues-outlook', 'includes/alchemyinsights-content-updates', TLS]);

  it('warns that nb-NO troubleshoot-presence-issues-outlook has span-wrapped front matter (salvaged)', () => {
    const hits = hitsOf(frontMatter, corpus, 'troubleshoot-presence-issues-outlook', 'nb-NO');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toContain('salvaged');
  });

  it('reports the generated include without front matter only as information', () => {
    const hits = hitsOf(frontMatter, corpus, 'includes/alchemyinsights-content-updates', 'lv-LV');
    expect(hits.map((h) => h.severity)).toEqual(['info']);
  });

  it('flags the lv-LV prepare-for-use-of-tls-1-2 file placed in the nb-NO folder (ms.contentlocale: lv-LV)', () => {
    const misplaced = corpusOf([{ locale: 'nb-NO', slug: TLS, text: readReal(CONTENT, 'lv-LV', TLS) }]);
    const hits = hitsOf(frontMatter, misplaced, TLS, 'nb-NO');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', line: 17, message: 'ms.contentlocale is lv-LV but the file is in the nb-NO folder' });
  });

  it('flags invalid YAML and a missing title in edited copies of nb-NO prepare-for-use-of-tls-1-2', () => {
    const invalid = hitsOf(frontMatter, nbOnly(replaceOnce(tlsNb(), 'ms.topic: article', 'ms.topic: [article')), TLS, 'nb-NO');
    expect(invalid.map((h) => h.severity)).toEqual(['error']);
    expect(invalid[0].message).toContain('not valid YAML');
    const untitled = hitsOf(frontMatter, nbOnly(replaceOnce(tlsNb(), 'title: Klargjøre for bruk av TLS 1,2 i Microsoft 365\n', '')), TLS, 'nb-NO');
    expect(untitled.map((h) => h.message)).toEqual(['front matter has no title']);
  });

  it('does not flag the real front matter of prepare-for-use-of-tls-1-2 in either locale', () => {
    for (const locale of LOCALES) expect(hitsOf(frontMatter, corpus, TLS, locale)).toEqual([]);
  });
});
