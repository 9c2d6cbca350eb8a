/**
 * markup-mismatch: a bold count alone ("bold: 4 in the English, 3 in the translation") left the
 * translator to find which UI label lost its bold; the message now quotes what is bold on each side.
 * Real segment: nb-NO add-a-password-to-your-document 13eb9-103.
 */
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { messagesOnSegment } from './helpers.js';

const SLUG = 'add-a-password-to-your-document';
const EN = 'Go to **File** > **Info** > **Protect Document** > **Encrypt with Password**.';
const NB = 'Gå til  >  **Filinformasjon**  >  **Beskytt dokumentkrypter** med  >  **passord**.';

const onSegment = messagesOnSegment(markupMismatch);
const messages = (target: string, source: string) => onSegment('nb-NO', SLUG, '13eb9-103', target, source);

describe('markup-mismatch: a bold count names what is bold', () => {
  it('quotes the bold phrases of the English and of the translation', () => {
    expect(messages(NB, EN)).toEqual([
      'bold: 4 in the English ("File", "Info", "Protect Document", "Encrypt with Password"), ' +
        '3 in the translation ("Filinformasjon", "Beskytt dokumentkrypter", "passord")',
    ]);
  });

  it('says only the count for a side with no bold', () => {
    expect(messages(NB.replace(/\*\*/g, ''), EN)).toEqual([
      'bold: 4 in the English ("File", "Info", "Protect Document", "Encrypt with Password"), 0 in the translation',
    ]);
  });
});
