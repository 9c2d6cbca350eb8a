/**
 * url-mismatch pairs a missing URL with the extra URL like it (same host, or a small edit
 * distance), not by position: a sentence that lost one link and had another changed was told
 * "X became Y" of two unrelated URLs, and the URL really changed was called missing. The shared
 * corpus has no such sentence (its 16 url-mismatch findings pair one URL with one, or none), so the
 * real sentence nb-NO a1-license-for-microsoft-365 cc56a-108 (two links) is given the slips.
 */
import { describe, expect, it } from 'vitest';
import { urlMismatch } from '../../src/check/checks/url-mismatch.js';
import { messagesOnSegment } from './helpers.js';

const SLUG = 'a1-license-for-microsoft-365';
const ID = 'cc56a-108';
const SUPPORT = 'https://support.office.com/article/remote-teaching-and-learning-in-office-365-education-f651ccae-7b65-478b-8366-51bb884025c4';
const LEARNING = 'https://www.microsoft.com/education/remote-learning';
/** The English of cc56a-108, as in nb-NO/a1-license-for-microsoft-365.md. */
const ENGLISH = `For more info, see [Office 365 Education, Remote teaching and learning](${SUPPORT}) and ` +
  `[Making the transition to remote learning](${LEARNING}).`;
/** Its translation, with the links given as `first` and `second` (the real ones are SUPPORT and LEARNING). */
const norwegian = (first: string, second: string) => 'Hvis du vil ha mer informasjon, kan du se ' +
  `${first ? `[Office 365 Education, Ekstern undervisning](${first}) ` : ''}og læring og Gjøre [overgangen til ekstern læring](${second}).`;

const onSegment = messagesOnSegment(urlMismatch);
const run = (target: string) => onSegment('nb-NO', SLUG, ID, target, ENGLISH);

describe('url-mismatch: which URL became which', () => {
  it('the real translation has both links: nothing to report', () => {
    expect(run(norwegian(SUPPORT, LEARNING))).toEqual([]);
  });

  it('first link left out, second misspelt: the second "became" its misspelling, the first is missing', () => {
    expect(run(norwegian('', `${LEARNING.replace('learning', 'lerning')}`))).toEqual([
      `"${LEARNING}" became "https://www.microsoft.com/education/remote-lerning" ("a" left out); "${SUPPORT}" is missing`,
    ]);
  });

  it('a second link added beside a changed one: the changed one is paired with its like, the new one is extra', () => {
    const added = 'https://aka.ms/remotelearning';
    const target = norwegian(SUPPORT, `${LEARNING}s`).replace('læring og', `læring ([se også](${added})) og`);
    expect(run(target)).toEqual([`"${LEARNING}" became "${LEARNING}s" ("s" added); "${added}" is not in the English`]);
  });

  it('one URL written otherwise is still one change, however unlike', () => {
    expect(run(norwegian(SUPPORT, 'https://aka.ms/remotelearning'))).toEqual([`"${LEARNING}" became "https://aka.ms/remotelearning" ("www.microsoft.com/education/remote-" written "aka.ms/remote")`]);
  });
});
