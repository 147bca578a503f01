/**
 * The visible text of a DOM subtree with its block structure kept: paragraphs, headings and other
 * blocks are separated by a blank line, list items, table rows and `<br>` by a line break. The
 * DOM's own `textContent` runs paragraphs together ("text.Next"), which would merge sentences.
 */

/** Elements whose text is never shown. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT']);
/** Blocks that stand as paragraphs: a blank line before and after. */
const PARAGRAPH_BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'DL', 'TABLE', 'FORM', 'FIELDSET', 'ADDRESS', 'HR',
]);
/** Blocks that take a line of their own without a blank line. */
const LINE_BLOCKS = new Set(['LI', 'DT', 'DD', 'TR', 'BR', 'CAPTION']);
/** Table cells: a space between them, so "a</td><td>b" does not become "ab". */
const CELLS = new Set(['TD', 'TH']);

/** The minimal DOM node shape this walker needs (linkedom and browser DOMs both fit). */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

/** Break markers while walking; control characters never survive in text nodes (see `walk`). */
const LINE = '\u0001';
const PARAGRAPH = '\u0002';
// The markers are control characters on purpose: decode.ts refuses texts with many of them and
// walk() strips any from text nodes, so they cannot collide with content.
// eslint-disable-next-line no-control-regex
const MARKERS = /[\u0001\u0002]/gu;
// eslint-disable-next-line no-control-regex
const BREAK_RUN = /[ ]*(?:[\u0001\u0002][ ]*)+/gu;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Text of a subtree with paragraph breaks as blank lines (not yet whitespace-normalised).
 * @param root an element or document fragment
 * @returns the text; runs of source whitespace inside a block become single spaces
 */
export function blockText(root: TextNodeLike): string {
  const out: string[] = [];
  walk(root, out);
  // Adjacent breaks (a <br> that closes a <p>, nested blocks) merge into the strongest one, so a
  // line break never becomes a paragraph break just because two elements end together.
  return out.join('').replace(BREAK_RUN, (run) => (run.includes(PARAGRAPH) ? '\n\n' : '\n'));
}

function walk(node: TextNodeLike, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    // Source line breaks inside a paragraph are just spaces in HTML.
    out.push((node.textContent ?? '').replace(MARKERS, '').replace(/[ \t\r\n\f]+/gu, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  if (name === 'PRE') {
    out.push(PARAGRAPH, (node.textContent ?? '').replace(MARKERS, ''), PARAGRAPH);
    return;
  }
  const breakText = PARAGRAPH_BLOCKS.has(name) ? PARAGRAPH : LINE_BLOCKS.has(name) ? LINE : CELLS.has(name) ? ' ' : '';
  out.push(breakText);
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  out.push(breakText);
}
