import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server.js';

const WEB = join(REPO_ROOT, 'web');
const DIST_INDEX = join(WEB, 'dist', 'index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * True when web/dist is missing or older than any UI source or the contracts it bundles.
 * @returns whether the UI must be rebuilt before a browser test
 */
export function isWebBuildStale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const built = statSync(DIST_INDEX).mtimeMs;
  const inputs = [join(WEB, 'src'), join(WEB, 'index.html'), join(WEB, 'vite.config.ts'), join(REPO_ROOT, 'src', 'contracts')];
  return inputs.some((path) => existsSync(path) && newestMtime(path) > built);
}

/** Builds the UI into web/dist with Vite when it is missing or stale. */
export function ensureWebBuilt(): void {
  if (!isWebBuildStale()) return;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(WEB, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: REPO_ROOT, stdio: 'inherit',
  });
}
