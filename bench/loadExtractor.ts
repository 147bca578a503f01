import type { Extraction, Language } from '../src/contracts/index.js';

/** The extractor's signature (`Extractor.extract` of src/core/ports.ts). */
export type ExtractFn = (text: string, options: { language: Language; referenceDate: string | null; title?: string | null }) => Extraction;

/**
 * Imports the extractor at run time, so that a missing module gives a clear message instead of
 * failing the import of the whole bench run.
 * @param specifier module URL (normally src/ingest/extract.js)
 * @returns the extract function, or a sentence saying why there is none
 * @throws whatever the module throws while loading, when it exists but is broken
 */
export async function loadExtractor(specifier: string): Promise<ExtractFn | string> {
  const shown = specifier.replace(/^.*\/(src\/)/u, '$1').replace(/\.js$/u, '.ts');
  try {
    const mod = (await import(specifier)) as { extract?: unknown };
    if (typeof mod.extract !== 'function') return `${shown} exports no extract() function`;
    return mod.extract as ExtractFn;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(specifier.replace(/^file:\/\//u, '').replace(/\.js$/u, ''))) {
      return `${shown} does not exist yet`;
    }
    throw e;
  }
}
