/**
 * Checks of how a translation reads: sentence count, length, brackets, repeated words, end
 * punctuation, whitespace and consistency. Thresholds that come from corpus statistics are
 * computed from the corpus under test (content/ here; the shared corpus in corpus.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { bracketMismatch } from '../../src/check/checks/bracket-mismatch.js';
import { endPunctuation } from '../../src/check/checks/end-punctuation.js';
import { inconsistentTranslation } from '../../src/check/checks/inconsistent-translation.js';
import { wordsNotIn } from '../../src/check/word-diff.js';
import { lengthRatio } from '../../src/check/checks/length-ratio.js';
import { repeatedWord } from '../../src/check/checks/repeated-word.js';
import { sentenceCountCheck } from '../../src/check/checks/sentence-count.js';
import { whitespace } from '../../src/check/checks/whitespace.js';
import { computeCorpusStats } from '../../src/check/stats.js';
import { readAndAlign } from '../../src/pipeline.js';
import { CONTENT, CORPUS, covered, editedCorpus, hasCorpus, hitsOf, realCorpus, statsOf, unitOf } from './helpers.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const MAILBOX = 'changing-shared-mailbox-send-as-behavior';
/** The whole default site: statistics (length bounds, habits, translation memory) come from it. */
const site = readAndAlign(CONTENT);
const siteStats = statsOf(site);

/** The site with one real file edited; statistics stay those of the unedited site. */
const editedSite = (locale: string, slug: string, from: string, to: string) => editedCorpus(CONTENT, slug, locale, from, to);

describe('sentence-count', () => {
  const secondSentence = ' De blir i stedet lagret i Sendte elementer-mappen til personen som sendte meldingen.';

  it('warns when nb-NO merged segment c59cc-p101 (English 103+104, two sentences) loses its second sentence', () => {
    const corpus = editedSite('nb-NO', MAILBOX, secondSentence, '');
    const [hit] = hitsOf(sentenceCountCheck, corpus, MAILBOX, 'nb-NO', 'c59cc-p101');
    expect(hit).toMatchObject({ severity: 'warning' });
    expect(hit.message).toBe('the English has 2 sentences, the translation 1 in this merged segment; a sentence may have been left out');
  });

  it('does not flag the real nb-NO c59cc-p101 (two sentences for two) nor nb-NO 294fe-107 (one English sentence, two Norwegian)', () => {
    expect(hitsOf(sentenceCountCheck, site, MAILBOX, 'nb-NO', 'c59cc-p101')).toEqual([]);
    expect(hitsOf(sentenceCountCheck, site, TLS, 'nb-NO', '294fe-107')).toEqual([]);
  });

  it('reports only as information when an ordinary unit has fewer sentences (lv-LV e7d1a-104 emptied, unit 103+104)', () => {
    const corpus = editedSite('lv-LV', MAILBOX, 'Tā vietā šie ziņojumi tiek saglabāti tā cilvēka nosūtīto vienumu mapē, kurš nosūtīja ziņojumu.', '');
    expect(hitsOf(sentenceCountCheck, corpus, MAILBOX, 'lv-LV', 'e7d1a-103')[0].severity).toBe('info');
  });

  it.skipIf(!hasCorpus)('knows "eg." is no sentence end (lv-LV and nb-NO add-budget-disabled unit 153 "(eg. Meter)")', () => {
    const corpus = realCorpus(CORPUS, ['add-budget-disabled']);
    expect(hitsOf(sentenceCountCheck, corpus, 'add-budget-disabled', 'lv-LV', '153')).toEqual([]);
    expect(hitsOf(sentenceCountCheck, corpus, 'add-budget-disabled', 'nb-NO', '153')).toEqual([]);
  });
});

describe('length-ratio', () => {
  it('takes its bounds from the corpus: per locale and per band of English length, none for a tiny corpus', () => {
    expect(siteStats.lengthBands!['lv-LV'].map((b) => b.minChars)).toEqual([40, 80, 160]);
    for (const locale of ['lv-LV', 'nb-NO']) {
      const { low, median, high } = siteStats.lengthRatio[locale];
      expect(low).toBeLessThan(median);
      expect(high).toBeGreaterThan(median);
    }
    const tiny = realCorpus(CONTENT, [TLS]);
    expect(computeCorpusStats(tiny).lengthRatio).toEqual({});
    expect(hitsOf(lengthRatio, tiny, TLS, 'nb-NO', '294fe-107')).toEqual([]);
  });

  it('flags nb-NO 294fe-107 cut down to its first clause against the site\'s nb-NO bounds', () => {
    const corpus = editedSite('nb-NO', TLS, ', med mindre vi blir klare over en kjent risiko. Hvis det er tilfelle, må vi kanskje handle på mindre enn seks måneders varsel for å beskytte kunder som bruker tjenestene.', '.');
    const [hit] = hitsOf(lengthRatio, corpus, TLS, 'nb-NO', '294fe-107', siteStats);
    expect(hit.message).toMatch(/^the translation is 0\.\d\d× the English length, shorter than usual for nb-NO/);
  });

  it('does not flag the real nb-NO 294fe-107 nor lv-LV a4db7-107', () => {
    expect(hitsOf(lengthRatio, site, TLS, 'nb-NO', '294fe-107', siteStats)).toEqual([]);
    expect(hitsOf(lengthRatio, site, TLS, 'lv-LV', 'a4db7-107', siteStats)).toEqual([]);
  });
});

describe('bracket-mismatch', () => {
  it('flags nb-NO activate-or-reactivate-a-subscription a2a27-109 with "(Word, Excel osv.)" left open', () => {
    const corpus = editedSite('nb-NO', 'activate-or-reactivate-a-subscription', '(Word, Excel osv.)', '(Word, Excel osv.');
    const [hit] = hitsOf(bracketMismatch, corpus, 'activate-or-reactivate-a-subscription', 'nb-NO', 'a2a27-109');
    expect(hit.message).toBe('unbalanced parenthesis ( in "…Office-program (Word, Excel…" (balanced in the English)');
  });

  it('does not flag the real a2a27-109 "(Word, Excel osv.) … (nederst)"', () => {
    expect(hitsOf(bracketMismatch, site, 'activate-or-reactivate-a-subscription', 'nb-NO', 'a2a27-109')).toEqual([]);
  });

  it.skipIf(!hasCorpus)('flags nb-NO application-protection-policy 14c58-103 "(APP) før)" and nb-NO cant-change-background-in-teams-video c6169-104 "(direkte»-møte)"', () => {
    const corpus = realCorpus(CORPUS, ['application-protection-policy', 'cant-change-background-in-teams-video']);
    expect(hitsOf(bracketMismatch, corpus, 'application-protection-policy', 'nb-NO', '14c58-103')[0].message).toBe('unbalanced parenthesis ) in "…(APP) før), kan…" (balanced in the English)');
    expect(hitsOf(bracketMismatch, corpus, 'cant-change-background-in-teams-video', 'nb-NO', 'c6169-104')[0].message).toBe('unbalanced quote (one quote mark, in "…ikke-planlagt (direkte»-møte).") (balanced in the English)');
    expect(hitsOf(bracketMismatch, corpus, 'cant-change-background-in-teams-video', 'lv-LV', '104')).toEqual([]);
  });
});

describe('repeated-word', () => {
  it('flags nb-NO prepare-for-use-of-tls-1-2 294fe-108 with "som som" typed twice', () => {
    const corpus = editedSite('nb-NO', TLS, 'Det anbefales at alle servere og klienter som kobler', 'Det anbefales at alle servere og klienter som som kobler');
    const [hit] = hitsOf(repeatedWord, corpus, TLS, 'nb-NO', '294fe-108');
    expect(hit.message).toBe('repeated word "som som"');
    expect(covered(unitOf(corpus, TLS, 'nb-NO', '294fe-108').targets['nb-NO'], hit.highlights!.target![0])).toBe('som som');
  });

  it('does not flag the real nb-NO 294fe-108, nor words repeated across markup', () => {
    expect(hitsOf(repeatedWord, site, TLS, 'nb-NO', '294fe-108')).toEqual([]);
  });

  it.skipIf(!hasCorpus)('flags lv-LV microsoft-search-floor-plans 4b986-102 "Stāvu stāvu plāni" (Floor Plans)', () => {
    const corpus = realCorpus(CORPUS, ['microsoft-search-floor-plans']);
    expect(hitsOf(repeatedWord, corpus, 'microsoft-search-floor-plans', 'lv-LV', '4b986-102')[0].message).toBe('repeated word "Stāvu stāvu"');
    expect(hitsOf(repeatedWord, corpus, 'microsoft-search-floor-plans', 'nb-NO', '102')).toEqual([]);
  });
});

describe('end-punctuation', () => {
  it('flags nb-NO were-here-to-help b0623-102 "Vi er her for å hjelpe" for "We\'re here to help!"', () => {
    const [hit] = hitsOf(endPunctuation, site, 'were-here-to-help', 'nb-NO', 'b0623-102', siteStats);
    expect(hit.message).toBe('the English ends with an exclamation mark, the translation with no punctuation');
  });

  it('accepts the lv-LV habit of ending "…tālāk sniegtos norādījumus." where the English has a colon (Excel-crashing 7abcb-104)', () => {
    expect(siteStats.endingHabits!['lv-LV'].has('colon>stop')).toBe(true);
    expect(hitsOf(endPunctuation, site, 'Excel-crashing', 'lv-LV', '7abcb-104', siteStats)).toEqual([]);
  });

  it('does not flag nb-NO 294fe-103, which ends with a full stop like its English', () => {
    expect(hitsOf(endPunctuation, site, TLS, 'nb-NO', '294fe-103', siteStats)).toEqual([]);
  });

  it.runIf(hasCorpus)('takes a command that ends with an address as ending there, not at the colon of "PS C:\\>" (lv-LV unable-to-change-username d233b-108)', () => {
    const corpus = realCorpus(CORPUS, ['unable-to-change-username']);
    expect(unitOf(corpus, 'unable-to-change-username', 'lv-LV', 'd233b-108').sources['lv-LV']).toMatch(/^PS C:\\> .*"davidchew@contoso\.com"$/);
    expect(hitsOf(endPunctuation, corpus, 'unable-to-change-username', 'lv-LV', 'd233b-108', statsOf(corpus))).toEqual([]);
  });

  it('still finds the full stop inside closing emphasis or link text ("**… hjelpe.**", "[… hjelpe.](…)")', () => {
    // b0623-102's English ends with "!": a translation ending with a full stop matches it; one with none does not.
    for (const edited of ['**Vi er her for å hjelpe.**', '[Vi er her for å hjelpe.](https://support.example/help)']) {
      const corpus = editedSite('nb-NO', 'were-here-to-help', '">Vi er her for å hjelpe<', `">${edited}<`);
      expect(hitsOf(endPunctuation, corpus, 'were-here-to-help', 'nb-NO', 'b0623-102', siteStats), edited).toEqual([]);
    }
  });
});

describe('whitespace', () => {
  it('flags lv-LV workflow-email-not-being-sent c6479-112 "… režīms** ." (space before the full stop)', () => {
    const [hit] = hitsOf(whitespace, site, 'workflow-email-not-being-sent', 'lv-LV', 'c6479-112');
    expect(hit.message).toBe('space before punctuation ("…bloķēšanas režīms** .") not in the English');
    expect(covered(unitOf(site, 'workflow-email-not-being-sent', 'lv-LV', 'c6479-112').targets['lv-LV'], hit.highlights!.target![0])).toBe(' ');
  });

  it('flags nb-NO change-screen-brightness-in-windows-10 55c34-103, which ends with a space', () => {
    expect(hitsOf(whitespace, site, 'change-screen-brightness-in-windows-10', 'nb-NO', '55c34-103')[0].message).toBe('trailing space ("…i handlingssenteret. ") not in the English');
  });

  it('does not flag lv-LV change-screen-brightness-in-windows-10 3a732-103 nor nb-NO 294fe-103', () => {
    expect(hitsOf(whitespace, site, 'change-screen-brightness-in-windows-10', 'lv-LV', '3a732-103')).toEqual([]);
    expect(hitsOf(whitespace, site, TLS, 'nb-NO', '294fe-103')).toEqual([]);
  });
});

describe('inconsistent-translation', () => {
  it('notes that lv-LV declined-credit-card 2dc92-102 "Noraidīta kredītkarte" differs from the includes list\'s usual translation', () => {
    const [hit] = hitsOf(inconsistentTranslation, site, 'declined-credit-card', 'lv-LV', '2dc92-102', siteStats);
    expect(hit.message).toBe('the same English is usually (2×) translated "Samazinājās kredīta kartes" (e.g. includes/alchemyinsights-content-updates unit 622)');
  });

  it('does not report the usual translation itself (lv-LV includes unit 622) nor English that occurs once (nb-NO 294fe-107)', () => {
    expect(hitsOf(inconsistentTranslation, site, 'includes/alchemyinsights-content-updates', 'lv-LV', '622', siteStats)).toEqual([]);
    expect(hitsOf(inconsistentTranslation, site, TLS, 'nb-NO', '294fe-107', siteStats)).toEqual([]);
  });

  it('marks only the words of lv-LV includes 0b64c-546 that the usual translation (unit 549) lacks: "un" and "audita" are shared', () => {
    const [hit] = hitsOf(inconsistentTranslation, site, 'includes/alchemyinsights-content-updates', 'lv-LV', '0b64c-546', siteStats);
    const target = 'Iespējot un meklēšanas audita žurnāla';
    expect(hit.highlights?.target?.map(([a, b]) => target.slice(a, b))).toEqual(['Iespējot', 'meklēšanas', 'žurnāla']);
    expect(hit.message).toContain('"Iespējojiet un meklēt audita žurnālā"');
  });

  it('quotes the usual translation whole and marks nothing when nb-NO a2a27-121 only lacks words of it ("Hvis du vil")', () => {
    const [hit] = hitsOf(inconsistentTranslation, site, 'activate-or-reactivate-a-subscription', 'nb-NO', 'a2a27-121', siteStats);
    expect(hit.message).toContain('"Hvis du vil aktivere et nytt abonnement med en produktnøkkel"');
    expect(hit.highlights).toBeUndefined();
  });

  it('groups English by prose: case, markup and end punctuation do not make two texts different', () => {
    const memory = siteStats.translations['lv-LV'];
    const key = [...memory.keys()].find((k) => k.startsWith('declined credit card'));
    expect(key).toBe('declined credit card');
  });
});

describe('wordsNotIn (word-level difference for highlights)', () => {
  it('joins neighbouring differing words, ignores case and markup, and gives up on texts too long to compare', () => {
    const text = 'Gå til **Fakturering** av produkter-siden';
    const ranges = wordsNotIn(text, 'gå til fakturering > dine produkter');
    expect(ranges?.map(([a, b]) => text.slice(a, b))).toEqual(['av', 'siden']);
    expect(wordsNotIn('a b c', 'A B C')).toEqual([]);
    const long = 'ord '.repeat(600);
    expect(wordsNotIn(long, long)).toBeNull();
  });
});
