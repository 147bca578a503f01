import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../contracts/source.js';
import { UnreadableDocumentError } from '../../core/errors.js';
import { readDocument } from './readDocument.js';
import { minimalPdf } from './testing/minimalPdf.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const EN = 'The two ministers met in the capital and reviewed the work of the joint commission on trade and energy.';

async function rejection(bytes: Uint8Array, extra: { filename?: string; mediaType?: string } = {}): Promise<UnreadableDocumentError> {
  const error = await readDocument({ bytes, ...extra }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableDocumentError);
  return error as UnreadableDocumentError;
}

describe('readDocument: plain text', () => {
  it('reads UTF-8 text, strips the BOM and normalises spacing without touching letters', async () => {
    const raw = `\uFEFFTalks\u00A0in  Moscow\r\n\r\n\r\n\r\nLe  président a reçu\u2009son homologue.\t \r\nÉté 2024`;
    const doc = await readDocument({ bytes: utf8(raw), filename: 'readout.txt' });
    expect(doc.format).toBe('text');
    expect(doc.text).toBe('Talks in Moscow\n\nLe président a reçu son homologue.\nÉté 2024');
    expect(doc.title).toBeNull();
  });

  it('keeps decomposed letters as they are (offsets point into the text)', async () => {
    const decomposed = 'Le ministre a reçu son homologue. Le président de la République a rencontré le Premier ministre.'.normalize('NFD');
    const doc = await readDocument({ bytes: utf8(decomposed) });
    expect(doc.text).toBe(decomposed);
    expect(doc.language).toBe('fr');
  });

  it('decodes UTF-16 with a BOM, little and big endian', async () => {
    const text = 'Министр принял своего коллегу для обсуждения сотрудничества между двумя странами.';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff;
      le[3 + 2 * i] = c >> 8;
      be[2 + 2 * i] = c >> 8;
      be[3 + 2 * i] = c & 0xff;
    }
    for (const bytes of [le, be]) {
      const doc = await readDocument({ bytes });
      expect(doc.text).toBe(text);
      expect(doc.language).toBe('ru');
    }
  });
});

describe('readDocument: refusals', () => {
  it('refuses an empty document', async () => {
    expect((await rejection(new Uint8Array(0))).message).toMatch(/empty \(0 bytes\)/);
  });

  it('refuses a whitespace-only document', async () => {
    expect((await rejection(utf8(' \n\t\r\n\u00A0 '))).message).toMatch(/only whitespace/);
  });

  it('refuses binary bytes: NUL bytes, control characters, invalid UTF-8', async () => {
    expect((await rejection(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).message).toMatch(/NUL byte at offset 8/);
    const controls = utf8(`${EN}\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008`);
    expect((await rejection(controls)).message).toMatch(/control characters/);
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait, le ministre est arrivé.')]);
    expect((await rejection(latin1)).message).toMatch(/not valid UTF-8 text \(first bad byte at offset 3\)/);
  });

  it('refuses a document over the size limit and says the size and the limit', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const error = await rejection(big);
    expect(error.message).toContain('50 MB (52428800 bytes)');
    expect(error.message).toContain(`(${MAX_SOURCE_BYTES} bytes)`);
  });

  it('refuses a text in another language and names it', async () => {
    const es = 'El ministro recibió a su homólogo para discutir la cooperación económica entre los dos países y la seguridad regional.';
    expect((await rejection(utf8(es))).message).toMatch(/Spanish/);
  });
});

describe('readDocument: HTML', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Secretary's Meeting with the Foreign Minister</title>
    <style>p { color: red }</style><script>var tracking = 1;</script></head>
    <body><nav class="menu"><a href="/">Home</a> <a href="/press">Press</a></nav>
    <article><h1>Secretary's Meeting</h1>
    <p>${EN}</p>
    <p>They discussed   regional security,\n energy cooperation and&nbsp;trade.<br>Both sides agreed to meet again.</p>
    <ul><li>Energy</li><li>Trade</li></ul></article>
    <footer class="footer">Copyright notice of the site</footer></body></html>`;

  it('reads the main text with paragraph breaks as blank lines, and the title', async () => {
    const doc = await readDocument({ bytes: utf8(page), filename: 'readout.html' });
    expect(doc.format).toBe('html');
    expect(doc.title).toBe("Secretary's Meeting with the Foreign Minister");
    expect(doc.text).toContain(`${EN}\n\nThey discussed regional security, energy cooperation and trade.\nBoth sides agreed to meet again.`);
    expect(doc.text).toContain('Energy\nTrade');
    expect(doc.text).not.toMatch(/tracking|color: red|Copyright/);
    expect(doc.language).toBe('en');
  });

  it('recognises HTML by its start tag when neither type nor name say so', async () => {
    const doc = await readDocument({ bytes: utf8(page) });
    expect(doc.format).toBe('html');
  });

  it('falls back to the body text when Readability finds no article', async () => {
    const html = `<html><body><div class="comment sidebar">${EN}</div></body></html>`;
    const doc = await readDocument({ bytes: utf8(html), mediaType: 'text/html' });
    expect(doc.text).toBe(EN);
  });

  it('decodes a page in the charset it declares', async () => {
    // "Переговоры в Москве" … in windows-1251, as older Russian sites serve it.
    const text = 'Переговоры министров иностранных дел прошли в Москве. Стороны обсудили сотрудничество.';
    const cp1251 = Uint8Array.from(text, (ch) => (ch === ' ' || ch === '.' ? ch.charCodeAt(0) : ch.charCodeAt(0) - 0x410 + 0xc0));
    const html = new Uint8Array([...utf8('<html><head><meta charset="windows-1251"></head><body><p>'), ...cp1251, ...utf8('</p></body></html>')]);
    const doc = await readDocument({ bytes: html });
    expect(doc.text).toBe(text);
    expect(doc.language).toBe('ru');
  });

  it('refuses a page with no readable text', async () => {
    const error = await rejection(utf8('<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>'));
    expect(error.message).toMatch(/HTML page has no readable text/);
  });
});

describe('readDocument: PDF', () => {
  it('reads the text of every page with line and paragraph breaks, and the metadata title', async () => {
    const bytes = minimalPdf(
      [['The two ministers met in the capital and', 'reviewed the joint commission on trade.', '', 'They agreed to meet again next year.'], ['Second page of the readout.']],
      'Joint readout',
    );
    const doc = await readDocument({ bytes, filename: 'x.bin' });
    expect(doc.format).toBe('pdf');
    expect(doc.title).toBe('Joint readout');
    expect(doc.text).toBe('The two ministers met in the capital and\nreviewed the joint commission on trade.\n\nThey agreed to meet again next year.\n\nSecond page of the readout.');
    expect(doc.language).toBe('en');
  });

  it('says so when a PDF has no text layer (scanned)', async () => {
    const error = await rejection(minimalPdf([[], []]));
    expect(error.message).toMatch(/2 page\(s\) but no extractable text.*scanned/);
  });

  it('refuses a damaged PDF', async () => {
    const error = await rejection(utf8('%PDF-1.4\nthis is not really a pdf\n%%EOF'));
    expect(error.message).toMatch(/PDF cannot be opened/);
  });
});
