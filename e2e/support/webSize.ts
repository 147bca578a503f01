import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One JS file the first page loads, with its size before and after gzip. */
export interface ChunkSize { file: string; bytes: number; gzipBytes: number }

/**
 * The JavaScript a browser fetches before the first page can run: index.html's module script and
 * every module it preloads (the lazy scenes, ECharts and Cytoscape are not among them).
 * @param distDir the built UI (web/dist)
 * @returns each initial chunk with its gzip size
 */
export function initialChunks(distDir: string): ChunkSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(srcs)].map((src) => {
    const bytes = readFileSync(join(distDir, src.replace(/^\//, '')));
    return { file: src, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
}
