import { useEffect, useRef, useState } from 'preact/hooks';
import { readingOf, type Reading } from '@/components/read-tab';
import { say, t, tx } from '@/components/i18n';
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

const linkTitles = () => ({ 'not-article': t('linkNotArticle'), restricted: t('linkRestricted'), error: t('linkFailed') });

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
    const message = access.ok ? t('linkWebOnly') : say(access.said, access.message);
    return <Shown reading={{ state: 'restricted', message }} options={options} canSave titles={linkTitles()} onReadAnyway={() => {}} onRetry={() => {}} />;
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
      return <StatusView busy title={t('linkOpening')} />;
    case 'reading':
      return <StatusView busy title={t('linkReading', site.host)} />;
    case 'ask':
      return (
        <main class="status ask" data-testid="link-ask">
          <div>
            <h1>{t('linkAskTitle')}</h1>
            <p>{tx('linkAskWhy', <strong>{site.host}</strong>)}</p>
            <p class="link-url" dir="auto">
              {url}
            </p>
            <p class="muted">{t('linkAskPrivacy')}</p>
            <div class="row">
              <button type="button" class="primary" data-testid="allow-link" onClick={allow}>
                {t('allowAndRead')}
              </button>
              <button type="button" onClick={() => openLink(url)}>
                {t('openLinkInstead')}
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
          title={t('linkRefusedTitle', site.host)}
          message={`${t('linkRefusedMessage')}${state.message ? ` (${state.message})` : ''}`}
        >
          <div class="row">
            <button type="button" class="primary" data-testid="open-link" onClick={() => openLink(url)}>
              {t('openLink')}
            </button>
            <button type="button" data-testid="ask-again" onClick={allow}>
              {t('askAgain')}
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
          titles={linkTitles()}
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
