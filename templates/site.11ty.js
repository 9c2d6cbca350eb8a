/**
 * The one Eleventy template of a tolk site. tolk renders every page itself (one pass of string
 * templates, src/render/site/); Eleventy paginates over page ids, one output file per id.
 * The page body here is only the id: the `tolk-page` transform, which Eleventy runs in its
 * write loop, turns it into the page's bytes, which a worker thread has rendered meanwhile
 * (src/write/site-source.ts; small sites render on the main thread, just before each write).
 */
export const data = {
  pagination: { data: 'tolk.ids', size: 1, alias: 'pageId' },
  permalink: (data) => data.tolk.file(data.pageId),
  eleventyExcludeFromCollections: true,
};

export function render(data) {
  return String(data.pageId);
}
