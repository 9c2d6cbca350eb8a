/**
 * The front matter fast path must give exactly what js-yaml (core schema) gives, or decline.
 * Checked on every front matter block of the shared corpus and on generated blocks made of
 * the awkward scalars YAML has (numbers, nulls, booleans, quotes, comments, colons, tabs).
 */
import fc from 'fast-check';
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFrontMatter } from '../../src/read/front-matter.js';
import { parseSimpleYaml } from '../../src/read/simple-yaml.js';
import { CONTENT, CORPUS, hasCorpus } from '../helpers/corpus.js';

const jsYaml = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA });

function blocksUnder(dir: string): { file: string; raw: string }[] {
  const out: { file: string; raw: string }[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.md')) continue;
    const block = findFrontMatter(readFileSync(join(dir, name), 'utf8'), 0);
    if (block) out.push({ file: name, raw: block.raw });
  }
  return out;
}

describe('parseSimpleYaml', () => {
  it('reads a typical advisory block as js-yaml does: strings, quoted numbers, a list, an integer', () => {
    const raw = 'title: Lietotāja e-pasta aizstājvārda pievienošana\nms.date: 04/21/2020\nROBOTS: NOINDEX, NOFOLLOW\n' +
      'ms.assetid: 82c0a06e-86b0-4e8c-8644-59cbc02e7645\nms.custom:\n- "9003546"\n- "6859"\nms.locfileid: "48807555"\nviews: 12\n';
    expect(parseSimpleYaml(raw)).toEqual({
      title: 'Lietotāja e-pasta aizstājvārda pievienošana', 'ms.date': '04/21/2020', ROBOTS: 'NOINDEX, NOFOLLOW',
      'ms.assetid': '82c0a06e-86b0-4e8c-8644-59cbc02e7645', 'ms.custom': ['9003546', '6859'], 'ms.locfileid': '48807555', views: 12,
    });
    expect(parseSimpleYaml(raw)).toEqual(jsYaml(raw));
  });

  it.each([
    ['a float', 'version: 1.0\n'],
    ['an escape in double quotes', 'title: "a \\" b"\n'],
    ['a comment', 'title: Teams # chat\n'],
    ['a colon and space in a plain scalar', 'title: Outlook: search\n'],
    ['a hex number', 'id: 0x1F\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a nested mapping', 'a:\n  b: c\n'],
    ['a multi-line scalar', 'title: one\n  two\n'],
    ['a tab', 'title: a\tb\n'],
    ['a flow sequence', 'tags: [a, b]\n'],
    ['a key js-yaml would read as a boolean', 'True: yes\n'],
    ['an empty block', '\n'],
  ])('declines %s, leaving it to js-yaml', (_what, raw) => {
    expect(parseSimpleYaml(raw)).toBeNull();
  });

  it('agrees with js-yaml on every block it accepts (generated blocks)', () => {
    const scalar = fc.oneof(
      fc.constantFrom('12', '012', '0', '1.5', '.5', '-3', '+4', '1e3', '0x10', '0o7', '1_000', '~', 'null', 'Null', 'true', 'FALSE',
        'yes', 'no', 'on', '.inf', '.NaN', '"quoted"', "'single'", '"it\'s"', "'it''s'", '"a\\"b"', 'a: b', 'a #b', 'a#b', 'C#', '<mailboxname>',
        'https://x.example/a?b=c', '04/21/2020', '2020-04-21', 'NOINDEX, NOFOLLOW', '- x', '[a]', '{a: 1}', '&a', '*a', '!tag', '|', '>',
        '%x', '@x', '`x', 'x:', 'a  b', ' a', 'a ', '"x" y', 'ā ø', '\u00a0x', 'x\u00a0'),
      fc.string({ unit: fc.constantFrom('a', '1', '.', '-', ':', ' ', '#', '"', "'", '_', 'e', 'x'), minLength: 1, maxLength: 8 }),
      fc.stringMatching(/^[A-Za-zāø0-9][A-Za-zāø0-9 ,./-]{0,10}$/),
      fc.stringMatching(/^[A-Za-zāø0-9][A-Za-zāø0-9 ,./-]{0,10}$/),
    );
    const key = fc.tuple(fc.constantFrom('title', 'ms.date', 'ROBOTS', 'a_b', 'x-y', '_k', '9k', 'null', 'true', 'k'), fc.nat(30))
      .map(([k, n]) => (n % 3 === 0 ? k : `${k}${n}`));
    const line = fc.oneof(
      fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, fc.array(scalar, { maxLength: 3 }), fc.constantFrom('', '  ')).map(([k, items, indent]) =>
        [`${k}:`, ...items.map((v) => `${indent}- ${v}`)].join('\n')),
    );
    const block = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
      .map(([lines, eol]) => `${lines.join('\n').split('\n').join(eol)}${eol}`);
    let accepted = 0;
    fc.assert(fc.property(block, (raw) => {
      const fast = parseSimpleYaml(raw);
      if (fast === null) return;
      accepted++;
      expect(fast).toEqual(jsYaml(raw));
    }), { numRuns: 3000 });
    // About 500-580 of 3,000 across seeds: enough agreement cases for the comparison to mean something.
    expect(accepted).toBeGreaterThan(300);
  });

  it('agrees with js-yaml on every front matter block of content/', () => {
    const blocks = blocksUnder(CONTENT);
    expect(blocks.length).toBeGreaterThan(40);
    for (const { raw } of blocks) {
      const fast = parseSimpleYaml(raw);
      if (fast !== null) expect(fast).toEqual(jsYaml(raw));
    }
  });

  it.skipIf(!hasCorpus)('takes nearly every block of the shared corpus, each exactly as js-yaml reads it', () => {
    let accepted = 0;
    const blocks = blocksUnder(CORPUS).filter((b) => !b.raw.includes('data-ttu-id'));
    for (const { file, raw } of blocks) {
      const fast = parseSimpleYaml(raw);
      if (fast === null) continue;
      accepted++;
      expect(fast, file).toEqual(jsYaml(raw));
    }
    expect(accepted / blocks.length).toBeGreaterThan(0.99);
  });
});
