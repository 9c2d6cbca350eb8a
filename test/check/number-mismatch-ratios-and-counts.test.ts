/**
 * number-mismatch recall: a ratio made a time ("1:1" → "01:01") and one of two equal numbers lost
 * ("Plan 2 … Plan 2" with one "2") are reported; a ratio kept and a number the translation
 * repeats are not. Real segments of the shared corpus, cited by document and segment id, copied
 * verbatim (the fixed translations are edited copies).
 */
import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../src/check/checks/number-mismatch.js';
import { covered, hitsOnSegment, messagesOnSegment } from './helpers.js';

const hitsFor = hitsOnSegment(numberMismatch);
const messagesFor = messagesOnSegment(numberMismatch);

const CALLS = '1-1-call-recording';
const POST_EN = 'This change is documented in the Message Center post: [(Updated) 1:1 Call recording policy introduction](https://portal.microsoft.com/Adminportal/Home?ref=MessageCenter/:/messages/MC238796).';

describe('number-mismatch: ratios', () => {
  it('flags nb-NO 1-1-call-recording 232a6-107, "1:1" written "01:01" (a time)', () => {
    const target = 'Denne endringen er dokumentert i meldingssenterinnlegget: [(Oppdatert) 01:01](https://portal.microsoft.com/Adminportal/Home?ref=MessageCenter/:/messages/MC238796)Innføring i policy for innspilling av anrop .';
    const hits = hitsFor('nb-NO', CALLS, '232a6-107', target, POST_EN);
    expect(hits.map((h) => h.message)).toEqual(['ratio 1:1 is written 01:01, a time']);
    expect(covered(target, hits[0].highlights!.target![0])).toBe('01:01');
    expect(covered(POST_EN, hits[0].highlights!.source![0])).toBe('1:1');
  });

  it('does not flag the ratio kept: nb-NO 232a6-109 "1:1-anrop", and 232a6-107 with "1:1"', () => {
    expect(messagesFor('nb-NO', CALLS, '232a6-109',
      'Hvis du foretrekker å blokkere alle brukere fra å spille inn 1:1-anrop, trenger du ikke å gjøre noe.',
      "If you prefer to block all users from recording 1:1 calls, you don't need to take any action.")).toEqual([]);
    expect(messagesFor('nb-NO', CALLS, '232a6-107',
      'Denne endringen er dokumentert i meldingssenterinnlegget: [(Oppdatert) 1:1 Innføring i policy for innspilling av anrop](https://portal.microsoft.com/Adminportal/Home?ref=MessageCenter/:/messages/MC238796).',
      POST_EN)).toEqual([]);
  });

  it('still accepts a time written the local way ("10:30" → "10.30")', () => {
    expect(messagesFor('nb-NO', 'x', 'a-101', 'Møtet starter 10.30.', 'The meeting starts at 10:30.')).toEqual([]);
  });
});

const HOLD = 'how-to-enable-litigation-hold';
const HOLD_EN = 'To place a mailbox on Litigation Hold or In-Place hold, an Exchange Online Plan 2 license [Exchange Online Plan 2 license](https://docs.microsoft.com/office365/servicedescriptions/office-365-platform-service-description/office-365-plan-options) is required.';

describe('number-mismatch: a number the English writes twice', () => {
  it('flags nb-NO how-to-enable-litigation-hold 83629-103, where one of two "Plan 2" is lost', () => {
    const target = 'Hvis du vil plassere en post boks på en rettslig sperre eller i en lokal sperring, kreves det en lisens for lisens for Exchange Online-abonnement [2](https://docs.microsoft.com/office365/servicedescriptions/office-365-platform-service-description/office-365-plan-options) .';
    const hits = hitsFor('nb-NO', HOLD, '83629-103', target, HOLD_EN);
    expect(hits.map((h) => h.message)).toEqual(['2 is missing once (the English has it 2 times, the translation once)']);
    // The later "Plan 2" is the one marked.
    expect(hits[0].highlights!.source![0][0]).toBe(HOLD_EN.lastIndexOf('2'));
  });

  it('does not flag the translation with both, nor one that repeats a number the English has once', () => {
    expect(messagesFor('nb-NO', HOLD, '83629-103',
      'Hvis du vil plassere en postboks på rettslig sperre, kreves det en Exchange Online Plan 2-lisens [Exchange Online Plan 2-lisens](https://docs.microsoft.com/office365/servicedescriptions/office-365-platform-service-description/office-365-plan-options).',
      HOLD_EN)).toEqual([]);
    expect(messagesFor('nb-NO', 'x', 'a-101', 'Tilordne en Plan 1-lisens: Plan 1 gir deg arkivering.', 'Assign a Plan 1 license to get archiving.')).toEqual([]);
  });

  it('does not count a list the English writes "1,2" as two numbers the translation must write apart', () => {
    expect(messagesFor('nb-NO', 'x', 'a-101', 'Gjenta trinn 1,2 og 3.', 'Repeat steps 1,2 and 3.')).toEqual([]);
  });
});

describe('number-mismatch: a day for 24 hours', () => {
  const EN = "If you're using the new Teams admin center, you'll have to turn off **Try the new admin center** to find **Services and add-ins**. IMPORTANT: You may have to wait up to 24 hours for your changes to take effect.";
  it('accepts nb-NO teams-freemium 264fd-110, "opptil ett døgn" for "up to 24 hours", and the Latvian "diennakts"', () => {
    expect(messagesFor('nb-NO', 'teams-freemium', '264fd-110',
      'Hvis du bruker det nye administrasjonssenteret for Teams, \\*\\*\\*\\* må du slå av Prøv det nye    **administrasjonssenteret** for å finne tjenester og tillegg. VIKTIG: Det kan ta opptil ett døgn før endringene trer i kraft.',
      EN)).toEqual([]);
    expect(messagesFor('lv-LV', 'x', 'a-101', 'Izmaiņas var stāties spēkā vienas diennakts laikā.',
      'Changes may take 24 hours to take effect.')).toEqual([]);
  });

  it('still reports 24 lost when no day stands for it, and a word that only starts like one', () => {
    expect(messagesFor('nb-NO', 'x', 'a-101', 'Det kan ta opptil en uke.', 'It may take up to 24 hours.')).toEqual(['24 is missing']);
    expect(messagesFor('nb-NO', 'x', 'a-101', 'Butikken er døgnåpen.', 'The store is open 24 hours.')).toEqual(['24 is missing']);
  });
});
