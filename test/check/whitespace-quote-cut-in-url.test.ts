/**
 * whitespace quotes the words around a space, at most 30 characters a side, and a URL is one word:
 * the quote was cut mid-host ("…t.com/fwlink/p/?linkid=853212)  "), which reads as a broken word.
 * Now a long word is cut where a URL's parts meet ("…fwlink/p/?linkid=853212)  "): still the text as
 * written, so a search of the file finds it. Real segments of the shared corpus, copied verbatim.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whitespace } from '../../src/check/checks/whitespace.js';
import { CORPUS, hitsOf, segmentCorpus } from './helpers.js';

const BILLING = 'change-the-alternate-email-address-for-billing-notification';
/** lv-LV/change-the-alternate-email-address-for-billing-notification.md, segment d58da-105 (two spaces at the end). */
const BILLING_LV = 'Microsoft 365 administrēšanas centrā dodieties uz **lapu** \\> [Norēķinu paziņojumi.](https://go.microsoft.com/fwlink/p/?linkid=853212)  ';
const BILLING_EN = 'In the Microsoft 365 admin center, go to the **Billing** \\>  [Billing Notifications](https://go.microsoft.com/fwlink/p/?linkid=853212) page.';

/** lv-LV/access-denied-when-mapping-a-drive-to-sharepoint.md, segment d51f7-108: a space before a comma, after a link. */
const DRIVE = 'access-denied-when-mapping-a-drive-to-sharepoint';
const DRIVE_LV = 'Tā vietā [Sinhronizējiet SharePoint failus ar jauno OneDrive sinhronizācijas klientu](https://support.office.com/article/6de9ede8-5b6e-4503-80b2-6190f3354a88.aspx) , kurā ir iekļauti [faili pēc pieprasījuma](https://support.office.com/article/0e6860d3-d9f3-4971-b321-7092438fb38e.aspx).';
const DRIVE_EN = 'Instead, [sync SharePoint files with the new OneDrive sync client](https://support.office.com/article/6de9ede8-5b6e-4503-80b2-6190f3354a88.aspx) which includes [Files On-Demand](https://support.office.com/article/0e6860d3-d9f3-4971-b321-7092438fb38e.aspx).';

/** lv-LV/missing-emails-in-quarantine.md, segment dc0db-105: a space before the full stop, after a link. */
const QUARANTINE = 'missing-emails-in-quarantine';
const QUARANTINE_LV = 'Lai tieši atvērtu lapu Karantīnā, dodieties uz [https://protection.office.com/quarantine](https://protection.office.com/quarantine) .';
const QUARANTINE_EN = 'To open the Quarantine page directly, go to [https://protection.office.com/quarantine](https://protection.office.com/quarantine).';

/** lv-LV/outlook-com-cant-sign-out.md, segment ff38f-106: a space and a no-break space before a link. */
const SIGN_OUT = 'outlook-com-cant-sign-out';
const SIGN_OUT_LV = 'Ja joprojām nevarat izrakstīties no programmas Outlook.com, noklikšķiniet uz, lai \u00a0[https://login.live.com/logout.srf](https://login.live.com/logout.srf) aizvērtu visus pārlūkprogrammas logus.';
const SIGN_OUT_EN = "If you still can't sign out of Outlook.com, click [https://login.live.com/logout.srf](https://login.live.com/logout.srf) then close all browser windows.";

const messages = (slug: string, id: string, target: string, source: string) =>
  hitsOf(whitespace, segmentCorpus('lv-LV', slug, [[id, target, source]]), slug, 'lv-LV', id).map((h) => h.message);

/** The quoted text of a message (`… ("…quote…") …`), without its ellipses. */
const quoted = (message: string) => /\("…?(.*?)…?"\)/.exec(message)![1];

describe('whitespace: a quote cut where a URL\'s parts meet', () => {
  it('the fixtures are the corpus text', () => {
    const file = readFileSync(join(CORPUS, 'lv-LV', `${BILLING}.md`), 'utf8');
    expect(file).toContain(`<span data-ttu-id="d58da-105">${BILLING_LV}</span>`);
    expect(readFileSync(join(CORPUS, 'lv-LV', `${DRIVE}.md`), 'utf8')).toContain(`<span data-ttu-id="d51f7-108">${DRIVE_LV}</span>`);
    expect(readFileSync(join(CORPUS, 'lv-LV', `${QUARANTINE}.md`), 'utf8')).toContain(`<span data-ttu-id="dc0db-105">${QUARANTINE_LV}</span>`);
    expect(readFileSync(join(CORPUS, 'lv-LV', `${SIGN_OUT}.md`), 'utf8')).toContain(`<span data-ttu-id="ff38f-106">${SIGN_OUT_LV}</span>`);
  });

  it('lv-LV d58da-105: trailing space quoted from "fwlink/", not from "t.com/"', () => {
    const [message] = messages(BILLING, 'd58da-105', BILLING_LV, BILLING_EN);
    expect(message).toBe('trailing space ("…fwlink/p/?linkid=853212)  ") not in the English');
    expect(BILLING_LV).toContain(quoted(message));
  });

  it('lv-LV d51f7-108: a space before a comma after a link whose last 30 characters are a GUID is quoted from the article\'s "/"', () => {
    const [message] = messages(DRIVE, 'd51f7-108', DRIVE_LV, DRIVE_EN);
    expect(message).toBe('space before punctuation ("…6de9ede8-5b6e-4503-80b2-6190f3354a88.aspx) , kurā…") not in the English');
    expect(DRIVE_LV).toContain(quoted(message));
  });

  it('lv-LV dc0db-105: quoted from the host\'s start, "protection.office.com", not "tection.office.com"', () => {
    const [message] = messages(QUARANTINE, 'dc0db-105', QUARANTINE_LV, QUARANTINE_EN);
    expect(message).toBe('space before punctuation ("…protection.office.com/quarantine) .") not in the English');
    expect(QUARANTINE_LV).toContain(quoted(message));
  });

  it('lv-LV ff38f-106: the words after a space end where a URL\'s part does ("logout.srf"), not mid-name ("logout")', () => {
    const [message] = messages(SIGN_OUT, 'ff38f-106', SIGN_OUT_LV, SIGN_OUT_EN);
    expect(message).toBe('double space ("…uz, lai \u00a0[https://login.live.com/logout.srf…") not in the English');
    expect(SIGN_OUT_LV).toContain(quoted(message));
  });
});
