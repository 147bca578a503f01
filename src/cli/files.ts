import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_SOURCE_BYTES } from '../contracts/index.js';
import { UnreadableDocumentError } from '../core/errors.js';
import type { RawDocument } from '../core/ports.js';
import { UsageError } from './output.js';

const MIB = 1024 * 1024;

/**
 * Reads a document from disk, refusing before reading when it is larger than intake takes, so a
 * huge file costs neither memory nor time.
 * @param path the file
 * @returns its bytes and name
 * @throws UsageError when there is no such file, UnreadableDocumentError when it is too large
 */
export async function readDocumentFile(path: string): Promise<RawDocument> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`${path} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${path}: no such file or no permission`, { cause: error });
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new UnreadableDocumentError(
      `${path} is too large: ${(size / MIB).toFixed(1)} MiB, and Bilat takes in documents up to ${MAX_SOURCE_BYTES / MIB} MiB; split it or take in its text only`,
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, filename: basename(path), mediaType: null };
}
