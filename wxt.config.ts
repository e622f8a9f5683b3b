import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUGGESTED_SHORTCUT } from './utils/shortcut';

// WXT has no Preact module: the Vite preset provides JSX and the compat aliases.
export default defineConfig({
  // WINNOW_OUT_DIR lets two checkouts' builds and browser tests run side by side without clobbering.
  outDir: process.env.WINNOW_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The labelled corpus (11 MB of test pages) builds nothing: reviewers' source zip leaves it out.
  zip: { excludeSources: ['corpus/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Winnow',
    description:
      'Key points of the article you are reading, with the padding marked and explained. Runs entirely on your device.',
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
