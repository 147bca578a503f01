import { describe, expect, it } from 'vitest';
import { detectFormat, hasPdfMagic } from './format.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('trusts PDF magic bytes over a wrong name or type', () => {
    expect(detectFormat(utf8('%PDF-1.7\n...'), 'text/html', 'page.html')).toBe('pdf');
    expect(hasPdfMagic(utf8('\n\n%PDF-1.4'))).toBe(true);
    expect(hasPdfMagic(utf8('%PD'))).toBe(false);
  });

  it('uses the media type, then the extension', () => {
    expect(detectFormat(utf8('hello'), 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat(utf8('hello'), null, 'https://x.org/a/page.HTM?x=1')).toBe('html');
    expect(detectFormat(utf8('hello'), 'text/plain', 'notes.txt')).toBe('text');
  });

  it('sniffs an HTML start tag when nothing else says', () => {
    expect(detectFormat(utf8('\uFEFF  <!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectFormat(utf8('<!-- saved --><html lang="fr">'))).toBe('html');
    expect(detectFormat(utf8('x < y and <b> is bold'))).toBe('text');
  });
});
