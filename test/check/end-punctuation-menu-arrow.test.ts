/**
 * end-punctuation: machine translation scrambles UI paths ("**File** > **Export** > …") and leaves a
 * menu arrow after the full stop. The finding said "the translation [ends] with no punctuation",
 * and the translator looked for a lost full stop that is there. Real segments of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { endPunctuation } from '../../src/check/checks/end-punctuation.js';
import { messagesOnSegment } from './helpers.js';

/** The locale's ending habits are left out (in a one-segment corpus every change is a habit). */
const messages = messagesOnSegment(endPunctuation, { endingHabits: {} });

describe('end-punctuation: a menu arrow moved to the end', () => {
  it('says the arrow ends the translation and the full stop is before it (nb-NO word-converting-to-xps-or-pdf 7901a-105)', () => {
    expect(messages('nb-NO', 'word-converting-to-xps-or-pdf', '7901a-105',
      'Velg Opprett   >    >  **PDF/XPS-dokument Opprett PDF/XPS-dokument** i Word-dokumentet.  >  ',
      'In your Word document, choose  **File** > **Export** > **Create PDF/XPS Document** > **Create PDF/XPS**.'))
      .toEqual(['the English ends with a full stop, the translation with a menu arrow ">" moved out of a menu path ' +
        '(the full stop is before it): put the arrow back between the menu names']);
  });

  it('does not say a full stop is before it when there is none (lv-LV c7de4-114)', () => {
    expect(messages('lv-LV', 'x', 'c7de4-114', 'Pogas **attēls**  >  ', 'Click **Properties** > **Update sold-to**.'))
      .toEqual(['the English ends with a full stop, the translation with a menu arrow ">" moved out of a menu path: ' +
        'put the arrow back between the menu names']);
  });

  it('still says "no punctuation" of a translation that lost its full stop (lv-LV c5d65-110)', () => {
    expect(messages('lv-LV', 'x', 'c5d65-110', 'Dzēst šo informācijas paneli', 'Delete that dashboard.'))
      .toEqual(['the English ends with a full stop, the translation with no punctuation']);
  });
});
