/**
 * Runs the real CLI (`node bin/bilat.mjs …`) as a child process, for the CLI's end-to-end tests.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/bilat.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (throws with the output when it is not JSON). */
  json<T = unknown>(): T;
}

/**
 * Runs `bilat` with arguments and extra environment; never rejects on a non-zero exit.
 * @param args the arguments after `bilat`
 * @param env variables added to the environment (DATABASE_URL, BILAT_DB, …)
 */
export function runBilat(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], {
      cwd: ROOT, env: { ...process.env, BILAT_DEBUG: '', ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000,
    }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      resolve({
        code: error ? Number(error.code) : 0,
        stdout,
        stderr,
        json<T>() {
          try {
            return JSON.parse(stdout) as T;
          } catch {
            throw new Error(`stdout is not JSON (exit ${error?.code ?? 0}):\n${stdout}\nstderr:\n${stderr}`);
          }
        },
      });
    });
  });
}
