import { useEffect, useRef, useState } from 'preact/hooks';
import { readingOf, type Reading } from '@/components/read-tab';
import { StatusView } from '@/components/StatusView';
import type { FetchedPage } from '@/utils/extract/fetched-page';
import type { Options } from '@/utils/storage/options';
import { pageAccess, sitePermission } from '@/utils/url';
import { fetchLink, parseHtml } from './read-link';
import { Footer, Shown } from './Shown';

type Step =
  | { step: 'checking' | 'reading' }
  | { step: 'ask' }
  | { step: 'refused'; message?: string }
  | { step: 'read'; reading: Reading };

const LINK_TITLES = {
  'not-article': 'The linked page isn’t an article',
  restricted: 'Winnow can’t read this link',
  error: 'Winnow could not read the link',
};

/** Readability and the analysis's reader load only when a link is read: the other views never need them here. */
async function extract(page: FetchedPage, acceptShort: boolean): Promise<Reading> {
  const { readFetchedPage } = await import('@/utils/extract/fetched-page');
  return readingOf(readFetchedPage(page, parseHtml, acceptShort));
}

function openLink(url: string) {
  void browser.tabs.create({ url });
}

/**
 * "Winnow this link": the linked page is in no tab, so no click has granted it. Winnow asks for
 * that one site, saying what and why, then fetches the page and reads it here.
 */
export function LinkReading({ url, options }: { url: string; options: Options }) {
  const site = sitePermission(url);
  const [state, setState] = useState<Step>({ step: 'checking' });
  const page = useRef<FetchedPage | null>(null);
  const access = pageAccess(url);

  const read = async () => {
    setState({ step: 'reading' });
    const fetched = await fetchLink(url);
    if (!fetched.ok) {
      setState({ step: 'read', reading: { state: 'error', message: fetched.message } });
      return;
    }
    page.current = fetched.page;
    setState({ step: 'read', reading: await extract(fetched.page, false) });
  };

  useEffect(() => {
    if (!site || !access.ok) return;
    browser.permissions.contains({ origins: [site.origin] }).then(
      (has) => (has ? void read() : setState({ step: 'ask' })),
      () => setState({ step: 'ask' }),
    );
  }, []);

  if (!site || !access.ok) {
    const message = access.ok ? 'Winnow reads links to web pages (http and https addresses) only.' : access.message;
    return <Shown reading={{ state: 'restricted', message }} options={options} canSave titles={LINK_TITLES} onReadAnyway={() => {}} onRetry={() => {}} />;
  }

  const allow = () => {
    // Called straight from the click, with nothing awaited before: Firefox grants a permission
    // request only inside the reader's own gesture.
    browser.permissions.request({ origins: [site.origin] }).then(
      (granted) => (granted ? void read() : setState({ step: 'refused' })),
      (err: unknown) => setState({ step: 'refused', message: err instanceof Error ? err.message : String(err) }),
    );
  };

  switch (state.step) {
    case 'checking':
      return <StatusView busy title="Opening the link…" />;
    case 'reading':
      return <StatusView busy title={`Reading the page from ${site.host}…`} />;
    case 'ask':
      return (
        <main class="status ask" data-testid="link-ask">
          <div>
            <h1>Read the linked page?</h1>
            <p>
              To read this link, Winnow needs permission to fetch pages from <strong>{site.host}</strong>. Your browser will ask you
              to allow it.
            </p>
            <p class="link-url" dir="auto">
              {url}
            </p>
            <p class="muted">
              Winnow fetches only the page you chose, reads it here on your device and sends nothing anywhere. You can take the
              permission back at any time in the browser’s settings for Winnow.
            </p>
            <div class="row">
              <button type="button" class="primary" data-testid="allow-link" onClick={allow}>
                Allow and read
              </button>
              <button type="button" onClick={() => openLink(url)}>
                Open the link instead
              </button>
            </div>
            <div class="foot">
              <Footer />
            </div>
          </div>
        </main>
      );
    case 'refused':
      return (
        <StatusView
          title={`Winnow was not allowed to read ${site.host}`}
          message={`Without that permission Winnow cannot fetch the link. You can open the link in a tab and click Winnow’s toolbar button there: that needs no permission.${state.message ? ` (${state.message})` : ''}`}
        >
          <div class="row">
            <button type="button" class="primary" data-testid="open-link" onClick={() => openLink(url)}>
              Open the link
            </button>
            <button type="button" data-testid="ask-again" onClick={allow}>
              Ask again
            </button>
          </div>
        </StatusView>
      );
    case 'read':
      return (
        <Shown
          reading={state.reading}
          options={options}
          canSave
          titles={LINK_TITLES}
          onReadAnyway={() => {
            const fetched = page.current;
            if (!fetched) return;
            setState({ step: 'reading' });
            void extract(fetched, true).then((reading) => setState({ step: 'read', reading }));
          }}
          onRetry={() => void read()}
        />
      );
  }
}
