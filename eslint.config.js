import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'scratch/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render page text as text; no innerHTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    // The core stays pure: no UI, no entrypoints, no extension APIs (storage goes through wxt's wrapper).
    files: ['utils/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@/components/*', '@/entrypoints/*', '../components/*', '../../components/*', 'preact', 'preact/*'] },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'location'],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
