/**
 * Code blocks are written outside the span markup, like alt texts: the localization never
 * translated them. On a translated page a command every locale's file writes alike
 * (`Set-MailboxAutoReplyConfiguration` in content/*\/auto-replies-set-for-a-users-mailbox.md)
 * is marked English, so a screen reader reads it in an English voice, not a Latvian or Norwegian
 * one; a block one file changed, or a document only one locale has, keeps the page's language.
 */
import { load } from 'cheerio';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndAlign } from '../../src/pipeline.js';
import { ENGLISH, renderArticle, type RenderOptions } from '../../src/render/article.js';
import { ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';

const SLUG = 'auto-replies-set-for-a-users-mailbox';
const FILE = `${SLUG}.md`;
const options: RenderOptions = { assetUrl: (path) => `/media/${path}`, labels: {} };

/** [text, lang] of each code block of the page; lang null when it has the page's. */
function codeBlocks(content: string, locale: string): [string, string | null][] {
  const doc = readAndAlign(content).documents.find((d) => d.slug === SLUG)!;
  const $ = load(renderArticle(doc, locale, options)!.html);
  return $('pre').toArray().map((pre) => [$(pre).text().trim(), $(pre).attr('lang') ?? null]);
}

/** content/'s two files of the advisory in a folder of their own; `edit` changes one locale's file. */
function copyOf(locales: string[], edit?: { locale: string; from: string; to: string }): string {
  const dir = tempDir('tolk-code-lang-');
  for (const locale of locales) cpSync(join(ROOT, 'content', locale, FILE), join(dir, locale, FILE), { recursive: true });
  if (edit) {
    const file = join(dir, edit.locale, FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(edit.from, edit.to));
  }
  return dir;
}

describe('code blocks outside segments: the language they are in', () => {
  it('the command both files write alike is marked en-US on the Latvian and Norwegian pages, and inherits on the English one', () => {
    const content = join(ROOT, 'content');
    expect(codeBlocks(content, 'lv-LV')).toEqual([['Set-MailboxAutoReplyConfiguration', 'en-US']]);
    expect(codeBlocks(content, 'nb-NO')).toEqual([['Set-MailboxAutoReplyConfiguration', 'en-US']]);
    expect(codeBlocks(content, ENGLISH)).toEqual([['Set-MailboxAutoReplyConfiguration', null]]);
  });

  it('a block the Norwegian file wrote otherwise (a comment added in Norwegian), or a document only Latvian has, keeps the page language', () => {
    const edited = copyOf(['lv-LV', 'nb-NO'], { locale: 'nb-NO', from: '    Set-MailboxAutoReplyConfiguration', to: '    # Angi automatiske svar\n    Set-MailboxAutoReplyConfiguration' });
    expect(codeBlocks(edited, 'nb-NO')).toEqual([['# Angi automatiske svar\n    Set-MailboxAutoReplyConfiguration', null]]);
    // The Latvian block is still the command the Norwegian file also writes, under its comment.
    expect(codeBlocks(edited, 'lv-LV')).toEqual([['Set-MailboxAutoReplyConfiguration', 'en-US']]);
    expect(codeBlocks(copyOf(['lv-LV']), 'lv-LV')).toEqual([['Set-MailboxAutoReplyConfiguration', null]]);
  });
});
