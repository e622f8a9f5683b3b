import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUGGESTED_SHORTCUT } from './utils/shortcut';

// WXT has no Preact module: the Vite preset provides JSX and the compat aliases.
export default defineConfig({
  // WINNOW_OUT_DIR lets two checkouts' builds and browser tests run side by side without clobbering.
  outDir: process.env.WINNOW_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Auto-imports found by parsing, not by unimport's default regex: the regex takes an arrow
  // function's parameter (`(t) => …`) for the i18n helper `t`, and that stray import pulled the
  // whole webextension-polyfill (9.6 KB) into the injected extract.js, which uses no extension API.
  imports: { parser: 'acorn' },
  // The labelled corpus (11 MB of test pages) builds nothing: reviewers' source zip leaves it out.
  zip: { excludeSources: ['corpus/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // WXT takes the toolbar button's and the sidebar's titles from the pages' <title>, in English:
    // the manifest names them from the catalogue instead, so they follow the reader's language.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_popupTitle__';
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_extName__';
    },
  },
  manifest: ({ browser }) => ({
    // Name and description in the reader's language (public/_locales); English where it has none.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // activeTab grants the current tab on a toolbar click, a keyboard shortcut or a Winnow menu
    // item; scripting runs the extraction there; contextMenus adds the right-click items.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // "Winnow this link" reads a page in no open tab: it asks for that one site when the reader
    // chooses it (permissions.request), so nothing is granted at install.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: { suggested_key: { ...SUGGESTED_SHORTCUT } },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'winnow@winnow.example',
              // 140 (an ESR) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
