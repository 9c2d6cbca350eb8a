/**
 * What a page of the site may hold when its content is untrusted, judged on the page as a browser
 * parses it (cheerio's parse5 follows the HTML standard): scripts only the site's own, by URL, or
 * inline JSON of a type that never runs, escaped so nothing in it ends the element; no event
 * handler or style attribute; no URL that runs script or shows a page of its own once the browser
 * has read it (entities decoded by the parser, then the URL parser's own rules: blanks and
 * controls stripped, tabs and newlines dropped, case ignored); and no element that loads a frame,
 * plug-in, redirect, other base URL or form. Returns the problems found, empty when none.
 */
import { load, type CheerioAPI } from 'cheerio';

/** The site's own scripts: its assets and Pagefind's, by path. */
const OWN_SCRIPT = /^\/(assets|pagefind)\/[\w.-]+\.js(\?v=[\w.%-]+)?$/;

/** Attributes whose value a browser loads or navigates to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite',
  'ping', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'icon', 'longdesc', 'usemap', 'archive', 'srcset', 'imagesrcset']);

const WEB_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'ms-settings:']);
/** Inline raster images only: an SVG image cannot run script in <img>, but it is no icon of the corpus either. */
const RASTER_DATA = /^data:image\/(png|gif|jpeg|webp)[;,]/i;

/** Elements that load a frame, a plug-in, a redirect, another base URL, or run or style anything. */
const NEVER = 'iframe, frame, frameset, object, embed, applet, portal, base, meta[http-equiv], style, svg, math, template, ' +
  'body link, textarea, isindex, xmp, plaintext, listing, noembed, noframes';

/** The forms and controls the site itself puts in pages (header search, QA filters, reading modes). */
const OWN_CONTROLS = 'form.header-search, form.header-search *, form#qa-filters, form#qa-filters *, button#qa-more, ' +
  '.reader-toolbar button, form.search-form, form.search-form *, .list-tools #filter, .list-tools #sort';

/** Elements an advisory's <main> is made of: markdown's and the allowlist's, nothing else. */
const ARTICLE_ELEMENTS = new Set(['article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'img', 'span', 'br', 'sup', 'sub',
  'kbd', 'b', 'i', 'em', 'strong', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'div', 'table', 'thead', 'tbody', 'tr', 'th',
  'td', 'pre', 'code', 'hr']);

/** Why a URL attribute would run script or open a page of its own; null when it is safe. */
function urlProblem(tag: string, name: string, value: string, pageUrl: string): string | null {
  if (name === 'srcset' || name === 'imagesrcset') return `${tag}[${name}] is not written by the site`;
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return null; // A browser does not follow a URL it cannot parse.
  }
  if (WEB_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'data:' && tag === 'img' && name === 'src' && RASTER_DATA.test(url.href)) return null;
  if (url.protocol === 'data:' && tag === 'link' && url.href === 'data:,') return null; // The site's empty icon.
  return `${tag}[${name}] = ${JSON.stringify(value)} opens ${url.protocol}`;
}

function scriptProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
  $('script').each((_i, el) => {
    const script = $(el);
    const src = script.attr('src');
    const text = script.html() ?? '';
    if (src !== undefined) {
      if (!OWN_SCRIPT.test(src) || text !== '') problems.push(`script src=${JSON.stringify(src)} is not the site's own`);
      return;
    }
    if (script.attr('type') !== 'application/json') {
      problems.push(`inline script of type ${JSON.stringify(script.attr('type'))}: ${text.slice(0, 80)}`);
      return;
    }
    // No `<` at all: nothing in the data can end the element (`</script>`) or open a comment (`<!--`).
    if (text.includes('<')) problems.push(`inline JSON holds "<": ${text.slice(text.indexOf('<') - 20, text.indexOf('<') + 40)}`);
    try {
      JSON.parse(text);
    } catch (error) {
      problems.push(`inline JSON does not parse: ${(error as Error).message}`);
    }
  });
  return problems;
}

function attributeProblems($: CheerioAPI, pageUrl: string): string[] {
  const problems: string[] = [];
  $('*').each((_i, el) => {
    const { tagName, attribs } = el as unknown as { tagName: string; attribs: Record<string, string> };
    for (const [name, value] of Object.entries(attribs)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`${tagName}[${name}] = ${JSON.stringify(value)}`);
      else if (lower === 'style' || lower === 'srcdoc' || lower === 'formaction' || lower === 'target') {
        problems.push(`${tagName}[${name}] is not written by the site`);
      } else if (URL_ATTRIBUTES.has(lower)) {
        const problem = urlProblem(tagName, lower, value, pageUrl);
        if (problem) problems.push(problem);
      }
    }
  });
  return problems;
}

function elementProblems($: CheerioAPI, article: boolean): string[] {
  const problems = $(NEVER).toArray().map((el) => `<${(el as unknown as { tagName: string }).tagName}> in the page`);
  $('form, input, button, select, textarea').not(OWN_CONTROLS)
    .each((_i, el) => { problems.push(`<${(el as unknown as { tagName: string }).tagName}> that is not the site's`); });
  if (article) {
    $('main *').each((_i, el) => {
      const tag = (el as unknown as { tagName: string }).tagName;
      if (!ARTICLE_ELEMENTS.has(tag)) problems.push(`<${tag}> in an advisory's <main>`);
    });
  }
  return problems;
}

/**
 * The problems of one page. `pageUrl` is where it is served (relative URLs resolve against it);
 * `article`: an advisory page, whose <main> may hold only the article's elements.
 */
export function scriptableParts(html: string, pageUrl: string, article: boolean): string[] {
  const $ = load(html);
  return [...scriptProblems($), ...attributeProblems($, pageUrl), ...elementProblems($, article)];
}
