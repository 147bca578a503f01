import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running `bilat serve` on loopback, with its database in a temporary folder. */
export interface RunningServer {
  url: string;
  /** Everything the server wrote to stderr, for failure messages. */
  logs: () => string;
  stop: () => Promise<void>;
}

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const CLI_PATH = join(REPO_ROOT, 'bin', 'bilat.mjs');

/**
 * Asks the OS for a free loopback port.
 * @returns a port nothing listens on right now
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server as a child process on a fresh SQLite file and waits until its API answers.
 * @param timeoutMs how long to wait for the API
 * @returns the server's base URL and a way to stop it
 * @throws Error with the server's stderr when it exits or does not answer in time
 */
export async function startServer(timeoutMs = 30_000): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'bilat-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [CLI_PATH, 'serve', '--port', String(port), '--db', join(dir, 'bilat.db')], {
    cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' },
  });
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  let exited: number | null = null;
  child.once('exit', (code) => { exited = code ?? -1; });

  const stop = async () => {
    if (exited === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (exited === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      await stop();
      throw new Error(`bilat serve exited with ${exited} before answering:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/api/pairs`);
      if (response.ok) return { url, logs: () => output, stop };
    } catch {
      // Not listening yet: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`bilat serve did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
