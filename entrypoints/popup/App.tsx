import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { PageLinks } from '@/components/PageLinks';
import { ReadingView } from '@/components/ReadingView';
import { StatusView } from '@/components/StatusView';
import { warmBackground } from '@/components/ask-analysis';
import { readActiveTab, type Reading } from '@/components/read-tab';
import { useOptions } from '@/components/use-options';
import { ShortcutHint } from './ShortcutHint';
import { announceGrant, canOpenSidePanel, openSidePanel } from './side-panel';

/** Opens the side panel in the popup's window, then leaves the stage to it. */
function SidePanelButton() {
  const [windowId, setWindowId] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!canOpenSidePanel()) return;
    browser.windows.getCurrent().then(
      (w) => w.id !== undefined && setWindowId(w.id),
      () => {},
    );
  }, []);
  if (windowId === null) return null;
  return (
    <>
      <button
        type="button"
        class="linkish"
        data-testid="open-side-panel"
        onClick={() => openSidePanel(windowId).then(() => window.close(), () => setFailed(true))}
      >
        {t('openSidePanel')}
      </button>
      {failed && (
        <span class="error" role="alert">
          {t('sidePanelFailed')}
        </span>
      )}
    </>
  );
}

function Footer() {
  return (
    <>
      <PageLinks onOpened={() => window.close()} />
      <SidePanelButton />
      <span class="spacer" />
      <ShortcutHint />
    </>
  );
}

export function App() {
  const options = useOptions();
  const [reading, setReading] = useState<Reading | null>(null);

  const read = (acceptShort: boolean): void => {
    readActiveTab(acceptShort).then(setReading, (err: unknown) =>
      setReading({ state: 'error', message: t('couldNotRead', String(err)) }),
    );
  };

  useEffect(() => {
    // The background does the analysis; wake it while the page is read, not after.
    warmBackground();
    void announceGrant();
    read(false);
  }, []);

  if (!reading || !options) return <StatusView busy title={t('readingPage')} />;
  return (
    <ReadingView
      reading={reading}
      options={options}
      highlightInTab
      footer={<Footer />}
      idPrefix="popup"
      onReadAnyway={() => {
        setReading(null);
        read(true);
      }}
      onRetry={() => location.reload()}
    />
  );
}
