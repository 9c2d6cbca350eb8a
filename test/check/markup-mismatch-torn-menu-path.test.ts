/**
 * markup-mismatch says when machine translation tore a menu path apart: its arrows stand together
 * ("programmā > > OneNote") with no name between them, away from the names they separate. The bold
 * count alone sent the translator to add bold and left the path, which the reader follows click by
 * click, broken; a path torn without losing bold (escaped arrows, "Aktive \> \> brukere-siden") was
 * not reported at all. Real segments of the shared corpus, copied verbatim.
 */
import { describe, expect, it } from 'vitest';
import { markupMismatch } from '../../src/check/checks/markup-mismatch.js';
import { covered, hitsOnSegment, messagesOnSegment, type Segment } from './helpers.js';

const NOTEBOOK: Segment = ['b017c-103',
  'Lai pārvietotu OneNote piezīmju grāmatiņu uz pakalpojumu OneDrive, programmā  >    >  OneNote 2016 atveriet Failu **kopīgošanas pārvietošanas** piezīmju grāmatiņas.',
  'To move a OneNote notebook to OneDrive, go to **File** > **Share** > **Move Notebooks** in OneNote 2016.'];
const SYNC: Segment = ['66a9f-105',
  'Alternativt kan du gå til Brukere aktive brukere, og velge Mer katalogsynkronisering på Aktive \\> \\> brukere-siden.',
  'Alternately, you can go to Users \\> Active users, and on the Active users page, choose More \\> Directory synchronization.'];
const JUNK: Segment = ['327e2-105',
  'Accédez à **Paramètres**  >  **Afficher Tous Les Paramètres d\'Outlook**  >  **Courrier**indésirable.',
  'Accédez à **Paramètres** > **Afficher tous les paramètres d\'Outlook** > **Courrier indésirable**.'];

describe('markup-mismatch and a torn menu path', () => {
  it('says where the arrows of lv-LV how-to-move-a-notebook b017c-103 stand together, besides the lost bold', () => {
    const [hit] = hitsOnSegment(markupMismatch)('lv-LV', 'how-to-move-a-notebook', ...NOTEBOOK);
    expect(hit.message).toBe('bold: 3 in the English ("File", "Share", "Move Notebooks"), 1 in the translation ("kopīgošanas pārvietošanas"); ' +
      'menu path: 2 arrows ">" stand together in "programmā > > OneNote" with no name between them: ' +
      'put each back between the two names it separates, as the English writes the path');
    expect(hit.highlights!.target!.map((r) => covered(NOTEBOOK[1], r)).filter((t) => t === '>')).toHaveLength(2);
    expect(hit.highlights!.source!.filter((r) => covered(NOTEBOOK[2], r) === '>')).toHaveLength(2);
  });

  it('reports nb-NO check-aad-identity-sync-status 66a9f-105, whose escaped arrows stand together though no bold was lost', () => {
    expect(messagesOnSegment(markupMismatch)('nb-NO', 'check-aad-identity-sync-status', ...SYNC)).toEqual([
      'menu path: 2 arrows ">" stand together in "Aktive > > brukere-siden." with no name between them: ' +
      'put each back between the two names it separates, as the English writes the path',
    ]);
  });

  it('leaves alone a path whose arrows are padded but each between two names (nb-NO outlook-com-block-sender-french 327e2-105)', () => {
    expect(hitsOnSegment(markupMismatch)('nb-NO', 'outlook-com-block-sender-french', ...JUNK)).toEqual([]);
  });
});
