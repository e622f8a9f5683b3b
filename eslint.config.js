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
      // Nothing from a page is ever parsed as HTML or run as code in an extension page: every way
      // to do either is banned here (tests/unit/lint-rules.test.ts proves each one is caught).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render page text as text; no innerHTML/outerHTML.' },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)$/]',
          message: 'Render page text as text; no HTML parsing.',
        },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text.' },
        { selector: 'JSXAttribute[name.name=/^(srcdoc|srcDoc)$/]', message: 'No srcdoc: page markup never becomes a document.' },
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
    // Tests write hostile strings and read markup on purpose.
    rules: { 'no-restricted-syntax': 'off', 'no-script-url': 'off' },
  },
);
