/**
 * Where a finding's "open" link goes. An advisory page gives a sentence the anchor
 * `seg-<first key of its unit>` (render/article.ts) only when the page's locale has the sentence
 * in its body, so a link must not point at a sentence the locale lacks (a missing segment) or
 * keeps in its front matter: it would land at the top with nothing highlighted. A sentence the
 * locale lacks is opened in the English page, which is built from the reference locale's file.
 */
import { SOURCE_LOCALE, type AlignedCorpus, type AlignedDocument, type AlignedUnit } from '../model.js';
import type { Finding } from '../check/types.js';

/** The language of the originals, which the English pages are rebuilt in. */
export const ENGLISH = SOURCE_LOCALE;

export interface LinkTarget {
  /** Whose page to open, when not the finding's own locale: `en-US`. */
  page?: string;
  /** Element id in that page, without `#`. */
  anchor?: string;
}

const anchorOf = (unit: AlignedUnit): string => `seg-${unit.covers[0] ?? unit.key}`;

/** Finds link targets for the findings of one corpus; per-document lookups are built once. */
export class LinkTargets {
  private readonly documents: Map<string, AlignedDocument>;
  private readonly unitMaps = new Map<AlignedDocument, Map<string, AlignedUnit>>();
  private readonly frontMatterIds = new Map<string, Set<string>>();

  constructor(private readonly corpus: AlignedCorpus | undefined) {
    this.documents = new Map((corpus?.documents ?? []).map((d) => [d.slug, d]));
  }

  /** `hasDocument`: whether the finding's locale has the document (from the report). */
  targetOf(f: Finding, hasDocument: boolean): LinkTarget {
    if (!hasDocument) return { page: ENGLISH };
    if (!this.corpus) return withoutCorpus(f);
    const doc = this.documents.get(f.document);
    if (!doc?.locales[f.locale]) return { page: ENGLISH };
    const unit = f.unit === null ? undefined : this.unitOf(doc, f.unit);
    if (!unit) return {};
    if (this.onPage(doc, unit, f.locale)) return { anchor: anchorOf(unit) };
    // The locale lacks the sentence: the English page has it when the reference locale does.
    if (unit.idsOf(f.locale).length === 0 && doc.referenceLocale && this.onPage(doc, unit, doc.referenceLocale)) {
      return { page: ENGLISH, anchor: anchorOf(unit) };
    }
    return {};
  }

  private unitOf(doc: AlignedDocument, key: string): AlignedUnit | undefined {
    let units = this.unitMaps.get(doc);
    if (!units) this.unitMaps.set(doc, (units = new Map(doc.units.map((u) => [u.key, u]))));
    return units.get(key);
  }

  /** Whether the locale's page renders one of the unit's segments (front matter is not rendered). */
  private onPage(doc: AlignedDocument, unit: AlignedUnit, locale: string): boolean {
    const ids = unit.idsOf(locale);
    if (ids.length === 0) return false;
    const file = doc.locales[locale];
    if (!file) return false;
    let hidden = this.frontMatterIds.get(file.file);
    if (!hidden) {
      hidden = new Set(file.doc.segments.filter((s) => s.inFrontMatter).map((s) => s.id));
      this.frontMatterIds.set(file.file, hidden);
    }
    return ids.some((id) => !hidden.has(id));
  }
}

/** Without the aligned corpus: a unit finding with no translation is about a sentence the locale lacks. */
function withoutCorpus(f: Finding): LinkTarget {
  if (f.unit === null) return {};
  const anchor = `seg-${f.unit.split('+')[0]}`;
  return f.target === null ? { page: ENGLISH, anchor } : { anchor };
}
