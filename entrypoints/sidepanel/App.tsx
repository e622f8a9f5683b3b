import { useEffect } from 'preact/hooks';
import { t, tx } from '@/components/i18n';
import { PageLinks } from '@/components/PageLinks';
import { ReadingView } from '@/components/ReadingView';
import { StatusView } from '@/components/StatusView';
import { warmBackground } from '@/components/ask-analysis';
import { useOptions } from '@/components/use-options';
import { useShortcut } from '@/components/use-shortcut';
import { useFollowedTab, type Site } from './use-followed-tab';

function Links() {
  return (
    <div class="foot">
      <PageLinks />
    </div>
  );
}

/** How to let Winnow into the tab, with the shortcut in force (or none). */
function HowToGrant({ tried }: { tried: boolean }) {
  const shortcut = useShortcut();
  return (
    <>
      <p>{shortcut ? tx('panelGrantShortcut', <kbd data-testid="panel-shortcut">{shortcut}</kbd>) : t('panelGrant')}</p>
      <p class="muted">{t('panelBrowserPages')}</p>
      {tried && (
        <p class="notice" role="status" data-testid="still-no-access">
          {t(shortcut ? 'panelStillNoAccessShortcut' : 'panelStillNoAccess')}
        </p>
      )}
    </>
  );
}

function Ask({ canRead, tried, onRead }: { canRead: boolean; tried: boolean; onRead: () => void }) {
  return (
    <main class="status ask" data-testid="ask">
      <div role="region" aria-labelledby="ask-title">
        <h1 id="ask-title">{t('panelAskTitle')}</h1>
        {canRead ? (
          <>
            <p>{t('panelSiteAllowed')}</p>
            <button type="button" class="primary" data-testid="read-tab" onClick={onRead}>
              {t('panelReadTab')}
            </button>
          </>
        ) : (
          <HowToGrant tried={tried} />
        )}
        <Links />
      </div>
    </main>
  );
}

/** Offered under a result when the option to read allowed sites by itself is on and this site is not allowed yet. */
function AllowSite({ site, onAllow }: { site: Site; onAllow: () => void }) {
  return (
    <p class="allow-site muted" data-testid="allow-site">
      {t('allowSiteQuestion', site.host)}{' '}
      <button type="button" class="linkish" onClick={onAllow}>
        {t('allowSite', site.host)}
      </button>
    </p>
  );
}

/** The side panel: the popup's views, for whichever tab is active in its window. */
export function App() {
  const options = useOptions();
  const panel = useFollowedTab(options ? options.panelAutoRead : null);
  const { state } = panel;

  useEffect(() => warmBackground(), []);
  useEffect(() => {
    document.title = state.view === 'shown' && state.reading.state === 'article' ? t('titleWithArticle', state.reading.article.title) : t('extName');
  }, [state]);

  if (!options || state.view === 'starting' || state.view === 'reading') return <StatusView busy title={t('readingPage')} />;
  switch (state.view) {
    case 'wait':
      return <StatusView busy title={t('panelWaiting')} />;
    case 'no-tab':
      return <StatusView title={t('panelNoTab')} message={t('panelNoTabMessage')} />;
    case 'own':
      return (
        <StatusView title={t('panelOwnTitle')} message={t('panelOwnMessage')}>
          <Links />
        </StatusView>
      );
    case 'ask':
      return <Ask canRead={state.canRead} tried={state.tried} onRead={() => panel.readNow()} />;
  }
  const { reading, tabId, url, site } = state;
  return (
    <ReadingView
      // One view per tab and address: its switches and highlight state belong to that page.
      key={`${tabId} ${url}`}
      reading={reading}
      options={options}
      sourceTab={tabId}
      highlightInTab
      idPrefix="panel"
      failureLinks={<Links />}
      footer={
        <>
          <PageLinks />
          {options.panelAutoRead && site && !site.permitted && <AllowSite site={site} onAllow={panel.allowSite} />}
        </>
      }
      onReadAnyway={() => panel.readNow(true)}
      onRetry={() => panel.readNow()}
    />
  );
}
