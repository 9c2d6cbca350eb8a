/**
 * whitespace says where the space is: each kind of problem quotes the few words around it, as
 * written, so the translator can find it in a long segment (or search the file for it). Before,
 * "double space not in the English" left them to find two spaces in a 120-character sentence by
 * eye. A quote is at most 30 characters a side, and a URL is one word: it is cut where a URL's
 * parts meet ("…fwlink/p/?linkid=853212)  "), not mid-host ("…t.com/fwlink/…"), which reads as a
 * broken word. Segments are real (shared corpus, cited by document and segment id), copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { whitespace } from '../../src/check/checks/whitespace.js';
import { CORPUS, hasCorpus, messagesOnSegment, readReal } from './helpers.js';

const messages = messagesOnSegment(whitespace);

describe('whitespace: where the space is', () => {
  it('quotes the words around a double space (nb-NO access-project-online cf1b5-107)', () => {
    expect(messages('nb-NO', 'access-project-online', 'cf1b5-107',
      'Klikk Del øverst til høyre  på hjemmesiden for Project Web App.',
      'On the Project Web App home page, click **Share** in the top right corner.'))
      .toEqual(['double space ("…til høyre  på hjemmesiden…") not in the English']);
  });

  it('quotes the last words for a trailing space (nb-NO 1-1-call-recording 232a6-112)', () => {
    expect(messages('nb-NO', '1-1-call-recording', '232a6-112',
      'Du kan også opprette en ny policy og angi **-AllowCloudRecordingForCalls** til å $true og tilordne denne policyen til brukerne. ',
      'Alternatively, you can create a new policy and set **-AllowCloudRecordingForCalls** to **$true** and assign that policy to your users.'))
      .toEqual(['trailing space ("…til brukerne. ") not in the English']);
  });

  it('quotes each problem of a segment with two (nb-NO associate-hub-sites-as-site-owner e5859-109)', () => {
    expect(messages('nb-NO', 'associate-hub-sites-as-site-owner', 'e5859-109',
      'Velg Områder fra menyen i visningen  til venstre på **skjermen,** og velg deretter Aktive nettsteder .',
      'In the display on the left side of the screen select **Sites** from the menu and then select **Active Sites**.'))
      .toEqual(['double space ("…i visningen  til venstre…"), space before punctuation ("…Aktive nettsteder .") not in the English']);
  });

  it('quotes the start and the end for a leading and a trailing space (lv-LV disable-chat-for-students afb7e-104)', () => {
    expect(messages('lv-LV', 'disable-chat-for-students', 'afb7e-104', ' Papildinformāciju skatiet rakstā ', 'For more info, see:'))
      .toEqual(['leading space (" Papildinformāciju skatiet…"), trailing space ("…skatiet rakstā ") not in the English']);
  });

  it('quotes a host name a space breaks (lv-LV error-code-550-5-7-501-access-denied-spam-abuse-detected 8765a-103)', () => {
    const [message] = messages('lv-LV', 'error-code-550-5-7-501-access-denied-spam-abuse-detected', '8765a-103',
      'Parasti šis ziņojums tiek parādīts, kad lietotāji sūta e-pasta ziņojumus no IP adresēm, izmantojot sākotnējo *. onmicrosoft.com* domēnu, kas piešķirts jaunajiem nomniekiem pakalpojumā Microsoft 365.',
      'Typically, this message occurs when users send email messages from IP addresses using the initial *.onmicrosoft.com* domain that\'s assigned to new tenants in Microsoft 365.');
    expect(message).toBe('space inside a URL or host name ("…izmantojot sākotnējo *. onmicrosoft.com* domēnu,…") not in the English');
  });

  it('counts what it does not quote: three double spaces quote two', () => {
    expect(messages('nb-NO', 'x', 'a-101', 'Velg  Fil, deretter  Lagre og så  Lukk.', 'Select File, then Save and then Close.'))
      .toEqual(['double space ("Velg  Fil, deretter…", "…Fil, deretter  Lagre og…", 1 more) not in the English']);
  });
});

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

/** The quoted text of a message (`… ("…quote…") …`), without its ellipses. */
const quoted = (message: string) => /\("…?(.*?)…?"\)/.exec(message)![1];

describe('whitespace: a quote cut where a URL\'s parts meet', () => {
  it.skipIf(!hasCorpus)('the fixtures are the corpus text', () => {
    expect(readReal(CORPUS, 'lv-LV', BILLING)).toContain(`<span data-ttu-id="d58da-105">${BILLING_LV}</span>`);
    expect(readReal(CORPUS, 'lv-LV', DRIVE)).toContain(`<span data-ttu-id="d51f7-108">${DRIVE_LV}</span>`);
    expect(readReal(CORPUS, 'lv-LV', QUARANTINE)).toContain(`<span data-ttu-id="dc0db-105">${QUARANTINE_LV}</span>`);
    expect(readReal(CORPUS, 'lv-LV', SIGN_OUT)).toContain(`<span data-ttu-id="ff38f-106">${SIGN_OUT_LV}</span>`);
  });

  it('lv-LV d58da-105: trailing space quoted from "fwlink/", not from "t.com/"', () => {
    const [message] = messages('lv-LV', BILLING, 'd58da-105', BILLING_LV, BILLING_EN);
    expect(message).toBe('trailing space ("…fwlink/p/?linkid=853212)  ") not in the English');
    expect(BILLING_LV).toContain(quoted(message));
  });

  it('lv-LV d51f7-108: a space before a comma after a link whose last 30 characters are a GUID is quoted from the article\'s "/"', () => {
    const [message] = messages('lv-LV', DRIVE, 'd51f7-108', DRIVE_LV, DRIVE_EN);
    expect(message).toBe('space before punctuation ("…6de9ede8-5b6e-4503-80b2-6190f3354a88.aspx) , kurā…") not in the English');
    expect(DRIVE_LV).toContain(quoted(message));
  });

  it('lv-LV dc0db-105: quoted from the host\'s start, "protection.office.com", not "tection.office.com"', () => {
    const [message] = messages('lv-LV', QUARANTINE, 'dc0db-105', QUARANTINE_LV, QUARANTINE_EN);
    expect(message).toBe('space before punctuation ("…protection.office.com/quarantine) .") not in the English');
    expect(QUARANTINE_LV).toContain(quoted(message));
  });

  it('lv-LV ff38f-106: the words after a space end where a URL\'s part does ("logout.srf"), not mid-name ("logout")', () => {
    const [message] = messages('lv-LV', SIGN_OUT, 'ff38f-106', SIGN_OUT_LV, SIGN_OUT_EN);
    expect(message).toBe('double space ("…uz, lai \u00a0[https://login.live.com/logout.srf…") not in the English');
    expect(SIGN_OUT_LV).toContain(quoted(message));
  });
});
