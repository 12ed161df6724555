import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layer rules of docs/ARCHITECTURE.md, enforced: i18n ← domain ← state ← map/ui, workers → domain only,
// scripts never import test/. src/i18n (the message catalogue, formats) is the lowest layer: types only from elsewhere. `layer(...)` builds one `no-restricted-imports` entry per forbidden target;
// a relative import is matched by the folder it reaches (`../ui/…`, `../../state/…`).
const folder = (name) => ({
  regex: `^\\.{1,2}/(.*/)?${name}/`,
  message: `This layer may not import src/${name}/ (see docs/ARCHITECTURE.md, "Folders").`,
});
const packages = (names, why, extra = {}) => ({ regex: `^(${names.join('|')})(/|$)`, message: why, ...extra });
const UI_LIBRARIES = ['react', 'react-dom', 'maplibre-gl', '@deck\\.gl', 'deck\\.gl', 'terra-draw.*', 'idb-keyval'];
const restrict = (...patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', '.venv-bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // src/domain is pure TypeScript: it runs unchanged in Vitest, Web Workers and the Node CLI. (The DOM
    // library is also absent from tsconfig.domain.json, so DOM types fail `npm run typecheck`.)
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      ...restrict(
        ...['state', 'map', 'ui', 'workers'].map(folder),
        packages(UI_LIBRARIES, 'src/domain imports no React, map library or browser storage.'),
        packages(['node:.*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], 'src/domain also runs in the browser: no Node modules.'),
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'HTMLElement', 'self', 'postMessage']
          .map((name) => ({ name, message: 'src/domain runs outside the browser page too: pass what it needs in.' })),
        ...['process', 'Buffer', 'require', '__dirname', '__filename']
          .map((name) => ({ name, message: 'src/domain runs in the browser too: no Node globals.' })),
      ],
      'no-restricted-syntax': ['error', { selector: 'JSXElement, JSXFragment', message: 'src/domain has no JSX: components live in src/ui.' }],
    },
  },
  {
    // The store and its commands: domain types and i18n only; overlays are plain data (src/state/overlaySpecs.ts).
    files: ['src/state/**/*.ts'],
    rules: restrict(
      ...['map', 'ui', 'workers'].map(folder),
      packages(['react', 'react-dom', 'maplibre-gl', 'terra-draw.*', '@deck\\.gl'], 'src/state holds data, not views.'),
    ),
  },
  {
    files: ['src/map/**/*.ts'],
    rules: restrict(...['ui', 'workers'].map(folder)),
  },
  {
    files: ['src/workers/**/*.ts'],
    rules: restrict(
      ...['state', 'map', 'ui', 'i18n'].map(folder),
      packages(UI_LIBRARIES, 'A worker exposes domain functions; it has no view.'),
    ),
  },
  {
    // The lowest layer: the domain renders its messages with it, so it may read only types from elsewhere.
    files: ['src/i18n/**/*.ts'],
    rules: {
      ...restrict(
        ...['state', 'map', 'ui', 'workers'].map(folder),
        { ...folder('domain'), allowTypeImports: true, message: 'src/i18n is the lowest layer: only type imports from src/domain.' },
        packages(UI_LIBRARIES, 'src/i18n has no view: no React, map library or browser storage.'),
      ),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'HTMLElement']
          .map((name) => ({ name, message: 'src/i18n runs in Workers and the CLI too (the domain renders with it): no DOM.' })),
      ],
    },
  },
  {
    // Scripts (CLI, benchmarks, build and test runners) ship without test/.
    files: ['scripts/**/*.ts'],
    rules: restrict({ regex: '^\\.{1,2}/(.*/)?test/', message: 'scripts never import test/ (shared test-data writers live in scripts/).' }),
  },
  {
    files: ['scripts/**/*.{js,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.{1,2}/(.*/)?test/', message: 'scripts never import test/.' }] }] },
  },
);
