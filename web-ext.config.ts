import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode runs Chromium as root here: without --no-sandbox it crashes at start.
export default defineWebExtConfig({
  chromiumArgs: ['--no-sandbox', '--disable-gpu'],
  binaries: { chrome: '/usr/bin/chromium' },
});
