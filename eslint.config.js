// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web/dist', 'coverage', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain core must not know about adapters (STYLE.md §1).
    files: ['src/core/**/*.ts', 'src/contracts/**/*.ts'],
    // Tests may wire real adapters (a real database, the real extractor) around the core.
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/storage/**', '**/http/**', '**/cli/**', '**/main/**', '**/web/**'], message: 'core and contracts import no adapter' },
          { group: ['kysely', 'better-sqlite3', 'pg', 'hono', '@hono/*', 'react', 'commander'], message: 'core and contracts know nothing of SQL, HTTP, CLI or React' },
        ],
      }],
    },
  },
);
