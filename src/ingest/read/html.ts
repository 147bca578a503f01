import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText, type TextNodeLike } from './htmlText.js';
import { normalizeText } from './normalize.js';

/** What an HTML page yields: the main text and the headline. */
export interface HtmlReading {
  text: string;
  title: string | null;
}

/**
 * Reads the main text of an HTML page with Readability (menus, footers and sidebars left out),
 * falling back to the whole body when Readability finds no article.
 * @param html the decoded page
 * @returns normalised main text (possibly empty) and the title, if any
 */
export function readHtml(html: string): HtmlReading {
  const pageTitle = titleOf(parseHTML(html).document);
  // Readability mutates the DOM it is given, so the fallback parses the page afresh.
  const article = tryReadability(html);
  let text = article ? normalizeText(blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as TextNodeLike)) : '';
  if (text === '') {
    const { document } = parseHTML(html);
    text = normalizeText(blockText((document.body ?? document.documentElement) as unknown as TextNodeLike));
  }
  const title = normalizeTitle(article?.title) ?? pageTitle;
  return { text, title };
}

function tryReadability(html: string): { content: string; title: string | null } | null {
  const { document } = parseHTML(html);
  try {
    const parsed = new Readability(document as unknown as Document).parse();
    if (!parsed?.content) return null;
    return { content: parsed.content, title: parsed.title ?? null };
  } catch {
    // Readability throws on some malformed trees; the body text is then the best reading.
    return null;
  }
}

function titleOf(document: { title?: string; querySelector(sel: string): { textContent: string | null } | null }): string | null {
  return normalizeTitle(document.title) ?? normalizeTitle(document.querySelector('h1')?.textContent);
}

function normalizeTitle(raw: string | null | undefined): string | null {
  const title = normalizeText(raw ?? '').replace(/\s+/gu, ' ');
  return title === '' ? null : title;
}
