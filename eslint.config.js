import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const uiAndStorage = [
  { name: 'react', message: 'shared/ is pure domain logic: no React.' },
  { name: 'react-dom', message: 'shared/ is pure domain logic: no React.' },
  { name: 'dexie', message: 'shared/ never touches storage: Dexie lives in renderer/db.' },
  { name: 'dexie-react-hooks', message: 'shared/ never touches storage.' },
  { name: 'electron', message: 'shared/ runs in Node, the renderer and the CLI: no Electron.' },
  { name: 'recharts', message: 'Charts belong in renderer/; shared/ computes their data.' },
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', 'tests/e2e/output/', 'tests/fixtures/', 'bench-output/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer reaches Electron only through window.koor (platform/).',
            },
            {
              name: 'natural',
              message: "natural's index pulls Node-only code: import the one module you need.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'dexie',
              message: 'Only renderer/db/ imports Dexie: use its live queries and mutations.',
            },
            {
              name: 'electron',
              message: 'The renderer reaches Electron only through window.koor (platform/).',
            },
            {
              name: 'natural',
              message: "natural's index pulls Node-only code: import the one module you need.",
            },
          ],
          // Layers point one way: the workspace composes the features, so no feature imports it.
          patterns: [
            {
              group: ['../workspace/*', '../../workspace/*', '../../../features/workspace/*'],
              message: 'Features take the project session from renderer/session/, never from the workspace.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/cli/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...uiAndStorage,
            { name: 'natural', message: 'Import the one natural module you need, never its index.' },
          ],
          patterns: [
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ may not import app code.' },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'shared/ is pure: file I/O lives in the CLI or electron/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  prettier,
);
