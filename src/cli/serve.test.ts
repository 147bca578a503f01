import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/bilat.mjs', import.meta.url));

/** Starts `bilat serve` on a free port and resolves with the URL it prints. */
function startServer(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`no URL after 60 s; stderr: ${stderr}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+?)\/?(\s|$)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bilat serve exited with ${code}: ${stderr}`));
    });
  });
}

describe('bilat serve --seed', () => {
  let dir: string;
  let server: { child: ChildProcess; url: string };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bilat-serve-'));
    server = await startServer(['--seed'], { BILAT_DB: join(dir, 'bilat.sqlite'), DATABASE_URL: '' });
  }, 90_000);
  afterAll(async () => {
    if (server?.child.exitCode === null) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the API over HTTP on loopback, seeded with the reference report', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const dossier = (await (await fetch(`${server.url}/api/dossiers/RU/ML`)).json()) as { engagements: Array<{ date: string | null }>; counts: { sources: number } };
    expect(dossier.engagements.map((engagement) => engagement.date)).toContain('2025-06-23');
    expect(dossier.counts.sources).toBe(1);
    const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
