/** front-matter: metadata that is not valid YAML, was salvaged, lacks a title, or names another locale. */
import { NO_HITS } from '../unit-text.js';
import type { Diagnostic } from '../../model.js';
import type { CheckHit, DocumentCheck } from '../types.js';

const lineOf = (diagnostics: Diagnostic[], code: string): number | null =>
  diagnostics.find((d) => d.code === code)?.line ?? null;

/** Line of a key in the raw block (line 1 is the opening fence). */
function keyLine(raw: string | null, key: string): number {
  const at = raw?.indexOf(key) ?? -1;
  return at < 0 ? 2 : raw!.slice(0, at).split('\n').length + 1;
}

export const frontMatter: DocumentCheck = {
  id: 'front-matter',
  title: 'Front matter',
  severity: 'warning',
  scope: 'document',
  description:
    'The YAML block at the top of the file (title and metadata) is broken: not valid YAML (the page is ' +
    'built without it), wrapped in translation spans by the localization pipeline (tolk salvaged the ' +
    'English keys, so the translated title is lost), missing, without a title, or its ms.contentlocale ' +
    'names another locale than the folder the file is in. Repair the block; it is not translated text.',
  run({ document, locale }) {
    const ld = document.locales[locale];
    if (!ld) return NO_HITS;
    const fm = ld.doc.frontMatter;
    const diagnostics = ld.doc.diagnostics;
    const hits: CheckHit[] = [];
    if (fm.status === 'invalid') {
      hits.push({ severity: 'error', line: lineOf(diagnostics, 'front-matter-invalid') ?? 1,
        message: 'front matter is not valid YAML; the page is built without its title and metadata' });
    } else if (fm.status === 'salvaged') {
      hits.push({ line: 2, message: 'front matter was wrapped in translation spans by the localization pipeline; ' +
        'tolk salvaged the English keys, so the page title is English' });
    } else if (fm.status === 'missing') {
      // Generated include fragments have no front matter by design.
      hits.push({ severity: ld.slug.startsWith('includes/') ? 'info' : 'warning', line: 1,
        message: 'no front matter: the page has no title or metadata (its first H1 is used as title, else its file name)' });
    }
    if (fm.status === 'ok' && (typeof fm.data.title !== 'string' || fm.data.title.trim() === '')) {
      hits.push({ line: 2, message: 'front matter has no title' });
    }
    const declared = fm.data['ms.contentlocale'];
    if (typeof declared === 'string' && declared.toLowerCase() !== locale.toLowerCase()) {
      hits.push({ severity: 'error', line: keyLine(fm.raw, 'ms.contentlocale'),
        message: `ms.contentlocale is ${declared} but the file is in the ${locale} folder` });
    }
    return hits.map((h) => ({ segment: null, ...h }));
  },
};
