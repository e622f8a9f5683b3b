import { extractArticle } from '@/utils/extract';

/** How long to wait for a page whose HTML is still arriving before reading what is there. */
const LOADING_WAIT_MS = 1500;

type ShadowReader = (el: Element) => ShadowRoot | null;

/**
 * Chrome (`chrome.dom`) and Firefox (`openOrClosedShadowRoot`) let extensions see closed shadow
 * roots too. Asked only of custom elements, where authors attach them; built-in elements' own
 * internals are left alone.
 */
function shadowReader(): ShadowReader {
  const api = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  return (el) => {
    if (!el.tagName.includes('-')) return el.shadowRoot;
    try {
      const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
      if (firefox !== undefined) return firefox;
      return api?.openOrClosedShadowRoot?.(el as HTMLElement) ?? el.shadowRoot;
    } catch {
      return el.shadowRoot;
    }
  };
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      document.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    const timer = setTimeout(done, LOADING_WAIT_MS);
    document.addEventListener('DOMContentLoaded', done);
  });
}

/**
 * Injected into the active tab by the popup through `scripting.executeScript`. It reads the page
 * (on a copy) and returns plain data; it changes nothing and keeps nothing, so each click reads
 * the page as it is now (single-page apps that swapped their content included). A page whose
 * HTML is still arriving gets a short wait, then is read as far as it got, and the result says so.
 */
export default defineUnlistedScript(async () => {
  // Set just before by the popup, in this extension-only world, when the reader asked to read a
  // page that looked too short to be an article; taken and cleared so the next click starts fresh.
  const flags = globalThis as { __winnowAcceptShort?: boolean };
  const acceptShort = flags.__winnowAcceptShort === true;
  delete flags.__winnowAcceptShort;
  await domReady();
  return extractArticle(document, {
    url: location.href,
    stillLoading: document.readyState === 'loading',
    shadowRootOf: shadowReader(),
    acceptShort,
  });
});
