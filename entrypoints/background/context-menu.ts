/**
 * The right-click menu: "Winnow this page", "Winnow the selection", "Winnow this link".
 *
 * Where the result shows: in a Winnow tab (reader.html) opened beside the page, never the toolbar
 * popup. A menu click cannot open the popup everywhere (`action.openPopup()` needs a focused
 * window in Chrome, is missing or gesture-bound elsewhere, and Firefox's MV2 build has only
 * `browserAction.openPopup()`), and a popup closes as soon as the reader clicks the page, which
 * loses a result the reader may want to keep open beside the article. The tab shows the same
 * result view as the popup, and the three items behave alike.
 *
 * The click itself grants activeTab for the page it was made in, which is all "this page" and
 * "the selection" need. A link's page is in no tab: the reader page asks for that site then.
 */
import { t } from '@/components/i18n';
import type { ExtractResult } from '@/utils/extract/types';
import { parseExtractResult } from '@/utils/extract/validate';
import { articleFromSelectionText } from '@/utils/extract/selection';
import { putReaderJob, type ReaderJob } from '@/utils/storage/reader-jobs';
import { isHttpUrl, pageAccess } from '@/utils/url';

export const MENU_PAGE = 'winnow-page';
export const MENU_SELECTION = 'winnow-selection';
export const MENU_LINK = 'winnow-link';

const WEB_PAGES = ['http://*/*', 'https://*/*'];

type CreateProperties = Parameters<typeof browser.contextMenus.create>[0];

/** The items, named in the reader's language. */
export function menuItems(): CreateProperties[] {
  return [
    { id: MENU_PAGE, title: t('menuPage'), contexts: ['page'] },
    { id: MENU_SELECTION, title: t('menuSelection'), contexts: ['selection'] },
    // Only links Winnow could read: web pages, not mailto: or javascript: links.
    { id: MENU_LINK, title: t('menuLink'), contexts: ['link'], targetUrlPatterns: WEB_PAGES },
  ];
}

/** Creates the items afresh (on install, update and browser start), so none is ever listed twice. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of menuItems()) browser.contextMenus.create(item);
}

type ClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'frameId' | 'linkUrl' | 'pageUrl' | 'selectionText'>;
type ClickTab = Pick<Browser.tabs.Tab, 'id' | 'url' | 'title' | 'index' | 'windowId' | 'incognito'>;


/** The menu's own copy of the selection, for when the page cannot be reached or holds it in a text field. */
function selectionFromMenu(info: ClickInfo, tab: ClickTab | undefined): ExtractResult {
  return articleFromSelectionText(info.selectionText ?? '', tab?.url ?? info.pageUrl ?? '', tab?.title);
}

/**
 * The selection read from the page, so its paragraphs and headings stay apart; run in the frame
 * the reader right-clicked, while the selection and the click's grant are fresh.
 */
async function readSelection(info: ClickInfo, tab: ClickTab | undefined): Promise<ExtractResult> {
  if (tab?.id === undefined || tab.id < 0 || !pageAccess(tab.url).ok) return selectionFromMenu(info, tab);
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      files: ['/selection.js'],
    });
    const result = parseExtractResult(first?.result);
    if (result?.ok) return result;
  } catch {
    // A frame from another site, or a page the browser keeps to itself: the menu's text will do.
  }
  return selectionFromMenu(info, tab);
}

/** What the reader page is to show for this click, or null when the item is not one of ours. */
async function jobFor(info: ClickInfo, tab: ClickTab | undefined): Promise<ReaderJob | null> {
  switch (info.menuItemId) {
    case MENU_PAGE:
      return tab?.id !== undefined && tab.id >= 0 ? { source: 'page', tabId: tab.id } : { source: 'unavailable', message: t('menuNoTab') };
    case MENU_SELECTION:
      return { source: 'selection', result: await readSelection(info, tab) };
    case MENU_LINK:
      return info.linkUrl && isHttpUrl(info.linkUrl)
        ? { source: 'link', url: info.linkUrl }
        : { source: 'unavailable', message: t('linkWebOnly') };
    default:
      return null;
  }
}

/** The function the menu's click listener calls: works out the job, stores it, opens the reader tab beside the page. */
export async function onMenuClicked(info: ClickInfo, tab?: ClickTab): Promise<void> {
  const job = await jobFor(info, tab);
  if (!job) return;
  const id = await putReaderJob(job);
  const url = browser.runtime.getURL(`/reader.html?job=${encodeURIComponent(id)}`);
  // Beside the page it came from; a private window's tab is left alone (Winnow's pages do not open there).
  const beside = tab && !tab.incognito && tab.id !== undefined && tab.id >= 0 ? { index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId } : {};
  await browser.tabs.create({ url, ...beside });
}
