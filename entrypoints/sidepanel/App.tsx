import { useEffect } from 'preact/hooks';
import { FailedReading } from '@/components/FailedReading';
import { PageLinks } from '@/components/PageLinks';
import { AnalysedResult } from '@/components/ResultView';
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
      <p>
        Click Winnow’s button in the browser’s toolbar
        {shortcut ? (
          <>
            {' '}
            or press <kbd data-testid="panel-shortcut">{shortcut}</kbd>
          </>
        ) : null}
        , and this panel reads the tab. The browser lets Winnow into a tab only when you ask from its toolbar
        {shortcut ? ' or keyboard' : ''}, not from here.
      </p>
      <p class="muted">The browser’s own pages (settings, a new tab, the add-on store) stay closed to every extension.</p>
      {tried && (
        <p class="notice" role="status" data-testid="still-no-access">
          Winnow still has no access to this tab: use the toolbar button{shortcut ? ' or the shortcut' : ''}.
        </p>
      )}
    </>
  );
}

function Ask({ canRead, tried, onRead }: { canRead: boolean; tried: boolean; onRead: () => void }) {
  return (
    <main class="status ask" data-testid="ask">
      <div role="region" aria-labelledby="ask-title">
        <h1 id="ask-title">Click to read this tab</h1>
        {canRead ? (
          <>
            <p>You allowed Winnow on this site: it can read the page when you ask.</p>
            <button type="button" class="primary" data-testid="read-tab" onClick={onRead}>
              Read this tab
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
      Read pages on {site.host} without a click?{' '}
      <button type="button" class="linkish" onClick={onAllow}>
        Allow {site.host}
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
    document.title = state.view === 'shown' && state.reading.state === 'article' ? `${state.reading.article.title} · Winnow` : 'Winnow';
  }, [state]);

  if (!options || state.view === 'starting' || state.view === 'reading') return <StatusView busy title="Reading the page…" />;
  switch (state.view) {
    case 'wait':
      return <StatusView busy title="Waiting for the page to load…" />;
    case 'no-tab':
      return <StatusView title="No tab to read" message="Open a page in this window: the panel follows the tab you are on." />;
    case 'own':
      return (
        <StatusView title="A Winnow page" message="This tab is one of Winnow’s own pages. The panel reads the next web page you switch to.">
          <Links />
        </StatusView>
      );
    case 'ask':
      return <Ask canRead={state.canRead} tried={state.tried} onRead={() => panel.readNow()} />;
  }
  const { reading, tabId, url, site } = state;
  if (reading.state !== 'article') {
    return (
      <FailedReading reading={reading} onReadAnyway={() => panel.readNow(true)} onRetry={() => panel.readNow()}>
        <Links />
      </FailedReading>
    );
  }
  return (
    <AnalysedResult
      // One view per tab and address: its switches and highlight state belong to that page.
      key={`${tabId} ${url}`}
      article={reading.article}
      options={options}
      sourceTab={tabId}
      highlightInTab
      idPrefix="panel"
      footer={
        <>
          <PageLinks />
          {options.panelAutoRead && site && !site.permitted && <AllowSite site={site} onAllow={panel.allowSite} />}
        </>
      }
    />
  );
}
