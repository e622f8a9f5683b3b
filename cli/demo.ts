/**
 * `npm run demo`: runs Winnow on the bundled sample article and prints the result. When a Chromium
 * is installed it also builds the extension, opens the sample in the browser, clicks the toolbar
 * button and saves screenshots of the popup (light, dark, marked text, without padding) and of the
 * page with its highlights in demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport } from './format';
import { summarizeInput } from './summarize-file';

const SAMPLE = 'tests/fixtures/agency-leak/page.html';
const OUT = resolve('demo-output');

async function screenshot(chromium: string): Promise<void> {
  console.log(`\nChromium found at ${chromium}: building the extension and opening the popup…`);
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  // Imported here so that the printed demo works without the browser tooling.
  const { launchWithExtension, serveDirectory } = await import('../tests/e2e/harness');
  const server = await serveDirectory(resolve('tests/fixtures'));
  const h = await launchWithExtension(resolve(process.env.WINNOW_OUT_DIR ?? '.output', 'chrome-mv3'), { executablePath: chromium });
  try {
    const page = await h.openPage(`${server.origin}/agency-leak/page.html`);
    mkdirSync(OUT, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      await page.bringToFront();
      const popup = await h.clickToolbarButton(page);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('key-points').locator('li').first().waitFor();
      const file = `${OUT}/popup${scheme === 'dark' ? '-dark' : ''}.png`;
      await popup.screenshot({ path: file });
      console.log(`wrote ${file}`);
      if (scheme === 'light') {
        await popup.getByRole('tab', { name: 'Marked text' }).click();
        await popup.locator('mark.pad').first().hover();
        await popup.screenshot({ path: `${OUT}/popup-marked.png` });
        console.log(`wrote ${OUT}/popup-marked.png`);
        await popup.getByRole('tab', { name: 'Without padding' }).click();
        await popup.getByTestId('fold').first().click();
        await popup.screenshot({ path: `${OUT}/popup-folded.png` });
        console.log(`wrote ${OUT}/popup-folded.png`);
        // Highlights in the page itself: the page is shot, the popup only switches them on.
        await popup.getByTestId('highlight-toggle').check();
        await popup.getByTestId('highlight-status').filter({ hasText: 'In the page' }).waitFor();
        await page.screenshot({ path: `${OUT}/page-highlighted.png` });
        console.log(`wrote ${OUT}/page-highlighted.png`);
        await popup.getByTestId('highlight-toggle').uncheck();
      }
      await popup.close();
    }
  } finally {
    await h.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const result = summarizeInput(SAMPLE, {});
  if (!result.ok) throw new Error(result.message);
  console.log(`Winnow on ${SAMPLE}\n`);
  console.log(formatReport(result.article, result.analysis));

  const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`\nNo Chromium at ${chromium}: skipped the popup screenshot (apt-get install chromium, or set CHROMIUM_PATH).`);
    return;
  }
  await screenshot(chromium);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
