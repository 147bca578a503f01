import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * The UI is built from `web/` into `web/dist`, which `bilat serve` serves. In development the API
 * runs on its own port and Vite proxies `/api` to it, so the browser sees one origin either way.
 */
export default defineConfig({
  root: WEB_ROOT,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Heavy views (ECharts, Cytoscape) are split by React.lazy; keep their vendors in their own chunks.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
