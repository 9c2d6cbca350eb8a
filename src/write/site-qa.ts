/**
 * The QA report inside the site: `qa/` (the report page in the site layout) and `qa/report.json`.
 * The checks run when the first of the two is written, which is at the end of the build, so on a
 * slow disk they overlap with the writes of the pages before them.
 */
import { loadQaConfig } from '../check/config.js';
import { runChecks } from '../check/run.js';
import type { QaReport } from '../check/types.js';
import type { AlignedCorpus, Diagnostic } from '../model.js';
import { qaAssets, renderQaBody } from '../render/qa-page.js';
import { qaStrings } from '../render/qa-strings.js';
import { renderExtraPage } from '../render/site/misc-pages.js';
import type { SiteContext, SitePage } from '../render/site/types.js';
import { articleUrl, assetsUrl } from '../render/site/urls.js';
import { qaToJson } from './qa-json.js';

/** Settings as `tolk qa` reads them by default: tolk.config.json or package.json's `tolk` key in the current folder. */
function qaConfig(warn: (d: Diagnostic) => void) {
  const loaded = loadQaConfig(process.cwd());
  for (const message of loaded.diagnostics) {
    warn({ severity: 'warning', code: 'qa-config', file: loaded.source ?? 'tolk.config.json', line: 1, column: 1, message });
  }
  return loaded.config;
}

export function qaPages(corpus: AlignedCorpus, ctx: SiteContext, warn: (d: Diagnostic) => void): SitePage[] {
  let report: QaReport | null = null;
  const reportOnce = () => (report ??= runChecks(corpus, qaConfig(warn)));
  const page = () => renderExtraPage(ctx, {
    url: 'qa/',
    title: qaStrings().title,
    bodyHtml: renderQaBody(reportOnce(), { base: ctx.urls.base, pageUrl: (locale, slug) => articleUrl(ctx.urls, locale, slug), corpus }),
    scripts: qaAssets.scripts.map((file) => assetsUrl(ctx.urls, file)),
    styles: qaAssets.styles.map((file) => assetsUrl(ctx.urls, file)),
  });
  return [
    { file: 'qa/index.html', render: page },
    { file: 'qa/report.json', render: () => qaToJson(reportOnce()) },
  ];
}
