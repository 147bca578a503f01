import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialChunks } from './webSize.js';

const dir = mkdtempSync(join(tmpdir(), 'bilat-websize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('initialChunks', () => {
  it('counts the entry script and its preloads, not lazy chunks', () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'index.js'), 'a'.repeat(10_000));
    writeFileSync(join(dir, 'assets', 'vendor.js'), 'console.log(1);');
    writeFileSync(join(dir, 'assets', 'lazy.js'), 'b'.repeat(50_000));
    writeFileSync(join(dir, 'index.html'), '<script type="module" crossorigin src="/assets/index.js"></script>'
      + '<link rel="modulepreload" crossorigin href="/assets/vendor.js">');
    const chunks = initialChunks(dir);
    expect(chunks.map((c) => c.file)).toEqual(['/assets/index.js', '/assets/vendor.js']);
    expect(chunks[0]!.bytes).toBe(10_000);
    expect(chunks[0]!.gzipBytes).toBeLessThan(200);
  });
});
