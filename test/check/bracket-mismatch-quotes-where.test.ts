/**
 * bracket-mismatch said only "unbalanced parenthesis ) (balanced in the English)" or "unbalanced
 * quote": in a long sentence the translator had to find the bracket themselves. The message now
 * quotes it with the words beside it. Real segments of the corpus.
 */
import { describe, expect, it } from 'vitest';
import { bracketMismatch } from '../../src/check/checks/bracket-mismatch.js';
import { messagesOnSegment } from './helpers.js';

const messages = messagesOnSegment(bracketMismatch);

describe('bracket-mismatch: says where the bracket or quote is', () => {
  it('quotes a stray parenthesis with its words (nb-NO adding-members-to-private-channels 09b6b-105)', () => {
    expect(messages('nb-NO', 'adding-members-to-private-channels', '09b6b-105',
      'Teameiere kan se navnene på alle private kanaler i teamet sitt og kan også slette alle private kanaler i teamet (En slettet privat kanal kan gjenopprettes innen 30 dager etter at den er slettet).)',
      'Team owners can see the names of all private channels in their team and can also delete any private channel in the team (A deleted private channel can be restored within 30 days after it\'s deleted.).'))
      .toEqual(['unbalanced parenthesis ) in "…er slettet).)" (balanced in the English)']);
  });

  it('counts the quote marks and quotes the last (lv-LV fixing-office-apps-message-unlicensed-product b065e-121)', () => {
    expect(messages('lv-LV', 'fixing-office-apps-message-unlicensed-product', 'b065e-121',
      'Office aktivācijas laikā tiek parādīts kļūdas ziņojums: “Atvainojamies, bet mēs nevaram pieslēgties jūsu kontam. Lūdzu, mēģiniet vēlāk."kļūda, aktivizējot Office”',
      '"Sorry, we can\'t connect to your account. Please try again later" error when you activate Office'))
      .toEqual(['unbalanced quote (3 quote marks, the last in "…aktivizējot Office”") (balanced in the English)']);
  });
});
