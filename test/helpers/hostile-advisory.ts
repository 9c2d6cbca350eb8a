/**
 * fast-check arbitraries for advisories written to attack the site: segments (translation and
 * English), text between them, headings, lists, tables, callouts, code, raw HTML blocks and front
 * matter, all carrying script payloads (raw HTML, script URLs obfuscated as a browser still reads
 * them, markup that breaks out of attributes, inline JSON or comments). Used by the property tests
 * of what such content can do to the built site and to the QA report's exported formats.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Schemes that run script or show a page of their own when a link or frame opens them. */
const SCRIPT_URLS = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:image/svg+xml,<svg onload=alert(1)>',
  'data:application/xhtml+xml,<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'];

/** How one character of a scheme may be written so that a browser (or markdown) still reads it. */
const schemeChar = (c: string) => fc.constantFrom(
  c, c.toUpperCase(), `&#${c.charCodeAt(0)};`, `&#x${c.charCodeAt(0).toString(16)};`, `&#${c.charCodeAt(0)}`,
  `%${c.charCodeAt(0).toString(16)}`, `\t${c}`, `\n${c}`, `&#9;${c}`, `&Tab;${c}`, `&NewLine;${c}`, `%09${c}`, `\u0000${c}`,
);

/** A script URL with its scheme obfuscated: case, entities, percent-escapes, blanks and controls inside and before it. */
const obfuscatedUrl = fc.tuple(
  fc.constantFrom('', ' ', '\t', '\u0001', '&#1;', '%20', '\u000c', '&#x20;'),
  fc.constantFrom(...SCRIPT_URLS),
  fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
).chain(([lead, url, which]) => {
  const colon = url.indexOf(':');
  const scheme = url.slice(0, colon);
  return fc.tuple(...[...scheme].map((c, i) => (which[i] ? schemeChar(c) : fc.constant(c))),
    fc.constantFrom(':', '&#58;', '&colon;', '%3A', '&#x3a;'))
    .map((parts) => lead + parts.join('') + url.slice(colon + 1));
});

export const hostileUrl = fc.oneof(fc.constantFrom(...SCRIPT_URLS), obfuscatedUrl,
  fc.constantFrom('//evil.example/x', '\\\\evil.example\\x', '/\\evil.example', 'https://ok.example/" onmouseover="alert(1)',
    'media/x.png" onerror="alert(1)', '%09javascript:alert(1)//..', 'java%73cript:alert(1)', 'x.md#"><script>alert(1)</script>'));

const word = fc.constantFrom('Drošība', 'sikkerhet', 'ēņķ', 'TLS 1.2', '0272', '=1+1', '+x', '-2', '@SUM(A1)', 'Get-Mailbox', '{0}', '"', "'", '&amp;', '&lt;script&gt;');

/** A link or image to `url`, in every way markdown and raw HTML write one. */
const linkTo = (url: string, text: string) => fc.constantFrom(
  `[${text}](${url})`, `![${text}](${url})`, `[${text}](<${url}>)`, `<${url}>`, `[${text}](https://ok.example "${url}")`,
  `<a href="${url}">${text}</a>`, `<a href='${url}'>${text}</a>`, `<a href=${url}>${text}</a>`, `<img src="${url}" alt="${text}">`,
  `<a href="${url}" target="_blank">${text}</a>`, `<a name="${url}">${text}</a>`, `<img src="data:image/png;base64,iVBORw0KGgo=" alt="${url}">`,
  `[](${url})`, `[${text}](other.md "${url}")`,
);

/** Raw HTML that runs script, or loads a page, wherever a browser parses it as markup. */
const RAW_HTML = [
  '<script>alert(1)</script>', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>', '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '<img/src/onerror=alert(1)>', '<svg onload=alert(1)>', '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text y="20">x</text></a></svg>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="javascript:alert(1)">', '<object data="javascript:alert(1)"></object>', '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>x</button></form>', '<button formaction="javascript:alert(1)">x</button>',
  '<input autofocus onfocus=alert(1)>', '<details open ontoggle=alert(1)>', '<body onload=alert(1)>',
  '<style>*{background:url(javascript:alert(1))}</style>', '<span style="background:url(javascript:alert(1))">x</span>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  '<template><script>alert(1)</script></template>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href="https://ok.example" onclick="alert(1)">x</a>', '<a href="https://ok.example"title="x"onclick="alert(1)">x</a>',
  '<a href="https://ok.example" title=\'"><script>alert(1)</script>\'>x</a>', '<a name="x&quot; onmouseover=&quot;alert(1)">x</a>',
  '<img src="data:image/png;base64,iVBORw0KGgo=" alt="&quot;><script>alert(1)</script>">', '<a href="#" title="&#34;&#62;&#60;script&#62;">x</a>',
  '<img src="data:image/png;base64,iVBORw0KGgo=" onerror="alert(1)">', '<br onmouseover=alert(1)>', '<b/onclick=alert(1)>x</b>',
  '<!--', '-->', '<!-- <script>alert(1)</script> -->', '<![CDATA[<script>alert(1)</script>]]>', '<?xml x?>', '<!DOCTYPE x>',
  '<a href="https://ok.example">', '</a>', '<b>', '</b>', '<span>', '</span>', '<sup>', '<kbd>', '<img src="', '<a href="', '"',
  '\u2E10', '\u2E110\u2E11', '\u2E12\u2E13', '<mailboxname>', '\\<script>alert(1)</script>', '`<script>alert(1)</script>`',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&#60;script&#62;alert(1)&#60;/script&#62;', '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>', ']]><script>alert(1)</script>', '\u2028\u2029', '\ud800', '\u001b[31m',
];

const inlinePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 4, arbitrary: fc.constantFrom(...RAW_HTML) },
  { weight: 3, arbitrary: fc.tuple(hostileUrl, word).chain(([url, text]) => linkTo(url, text)) },
  { weight: 1, arbitrary: fc.constantFrom('**', '*', '_', '`', '[', '](', ')', '\\', '  \n', '\n', '[!NOTE]') },
);

/** A run of inline content: the text of a segment, or the text around segments. */
export const inlineText = fc.array(inlinePiece, { minLength: 1, maxLength: 6 }).chain((pieces) =>
  fc.array(fc.constantFrom(' ', '', ' '), { minLength: pieces.length, maxLength: pieces.length })
    .map((gaps) => pieces.map((p, i) => p + gaps[i]).join('').trimEnd() || 'x'));

export interface HostileSegment {
  target: string;
  source: string;
}

/** A line of content: text and segments, under a heading, in a list, a table, a callout… */
export interface HostileLine {
  form: string;
  pieces: (string | HostileSegment)[];
}

const segment: fc.Arbitrary<HostileSegment> = fc.record({ target: inlineText, source: inlineText });

const line: fc.Arbitrary<HostileLine> = fc.record({
  form: fc.constantFrom('p', '#', '##', '-', '1.', '>', 'note', 'video', 'table', 'fence', 'html', 'code'),
  pieces: fc.array(fc.oneof(inlineText, segment), { minLength: 1, maxLength: 3 }),
});

export interface HostileAdvisory {
  frontMatter: Record<string, string>;
  lines: HostileLine[];
  /** Reference-style link definitions at the end (`[r1]: javascript:…`). */
  references: string[];
}

const frontMatterValue = fc.oneof(inlineText, fc.constantFrom(...RAW_HTML), hostileUrl);

export const hostileAdvisory: fc.Arbitrary<HostileAdvisory> = fc.record({
  frontMatter: fc.record({
    title: frontMatterValue, description: frontMatterValue, 'ms.date': fc.oneof(frontMatterValue, fc.constant('04/15/2021')),
    'ms.translationtype': fc.oneof(frontMatterValue, fc.constantFrom('HT', 'MT')), 'ms.author': frontMatterValue,
    'ms.custom': frontMatterValue, ROBOTS: fc.constantFrom('NOINDEX', '<script>alert(1)</script>'),
  }),
  lines: fc.array(line, { minLength: 1, maxLength: 6 }),
  references: fc.array(hostileUrl, { maxLength: 2 }),
});

const spanPair = (prefix: string, key: number, s: HostileSegment) =>
  `<span data-ttu-id="${prefix}-${key}">${s.target}</span><span class="sxs-lookup"><span data-stu-id="${prefix}-${key}">${s.source}</span></span>`;

/** One line as markdown, its segments numbered from `next.key`. */
function lineMarkdown(l: HostileLine, prefix: string, next: { key: number }): string {
  const text = l.pieces.map((p) => (typeof p === 'string' ? p : spanPair(prefix, next.key++, p))).join(' ');
  switch (l.form) {
    case 'p': return text;
    case 'note': return `> [!NOTE]\n> ${text.split('\n').join('\n> ')}`;
    case 'video': return `> [!VIDEO https://evil.example/"onload="alert(1)]\n> ${text.split('\n').join('\n> ')}`;
    case '>': return `> ${text.split('\n').join('\n> ')}`;
    case 'table': return `| ${text.split('\n').join(' ')} | b |\n|---|---|\n| c | ${text.split('\n').join(' ')} |`;
    case 'fence': return `\`\`\`${text.split('\n')[0]}\n${text}\n\`\`\``;
    case 'html': return `<div>\n${text}\n</div>`;
    case 'code': return `    ${text.split('\n').join('\n    ')}`;
    default: return `${l.form} ${text}`;
  }
}

/** The advisory as a file of one locale, its segment ids with `prefix`. */
export function advisoryMarkdown(a: HostileAdvisory, prefix: string): string {
  // JSON strings are YAML double-quoted scalars: the value reaches the page as generated.
  const frontMatter = Object.entries(a.frontMatter).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  const next = { key: 101 };
  const body = a.lines.map((l) => lineMarkdown(l, prefix, next)).join('\n\n');
  const references = a.references.map((url, i) => `[r${i}]: ${url}`).join('\n');
  const uses = a.references.map((_u, i) => `[ref ${i}][r${i}] ![img ${i}][r${i}]`).join(' ');
  return `---\n${frontMatter}\n---\n${body}\n\n${uses}\n\n${references}\n`;
}

/** File and folder names a content folder may hold that carry markup (no `/`, no control characters). */
export const HOSTILE_NAMES = ['x"><img src=x onerror=alert(1)>', "x'><svg onload=alert(1)>", 'javascript:alert(1)'];

/**
 * Writes lv-LV and nb-NO files of one document (the same slug, so they align and the checks
 * compare them), and, when `hostileNames`, two more documents and a folder that is no locale,
 * named with markup and a script URL. Returns the content folder.
 */
export function writeHostileAdvisory(dir: string, lv: HostileAdvisory, nb: HostileAdvisory, hostileNames: boolean): string {
  const content = join(dir, 'content');
  for (const [locale, advisory, prefix] of [['lv-LV', lv, 'a1b2c'], ['nb-NO', nb, 'd4e5f']] as const) {
    mkdirSync(join(content, locale), { recursive: true });
    writeFileSync(join(content, locale, 'hostile.md'), advisoryMarkdown(advisory, prefix));
    if (hostileNames) for (const name of [HOSTILE_NAMES[0], HOSTILE_NAMES[2]]) writeFileSync(join(content, locale, `${name}.md`), advisoryMarkdown(advisory, prefix));
  }
  if (hostileNames) mkdirSync(join(content, HOSTILE_NAMES[1]));
  return content;
}
