import { useEffect, useState } from 'preact/hooks';
import { FailedReading } from '@/components/FailedReading';
import { AnalysedResult } from '@/components/ResultView';
import { StatusView } from '@/components/StatusView';
import { warmBackground } from '@/components/ask-analysis';
import { readActiveTab, type Reading } from '@/components/read-tab';
import { useOptions } from '@/components/use-options';
import { ShortcutHint } from './ShortcutHint';

function openSummaries() {
  void browser.tabs.create({ url: browser.runtime.getURL('/summaries.html') });
  window.close();
}

function openOptions() {
  void browser.runtime.openOptionsPage();
  window.close();
}

function Footer() {
  return (
    <>
      <button type="button" class="linkish" onClick={openSummaries}>
        Saved summaries
      </button>
      <button type="button" class="linkish" onClick={openOptions}>
        Options
      </button>
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
      setReading({ state: 'error', message: `Winnow could not read this page (${String(err)}).` }),
    );
  };

  useEffect(() => {
    // The background does the analysis; wake it while the page is read, not after.
    warmBackground();
    read(false);
  }, []);

  if (!reading || !options) return <StatusView busy title="Reading the page…" />;
  if (reading.state !== 'article') {
    return (
      <FailedReading
        reading={reading}
        onReadAnyway={() => {
          setReading(null);
          read(true);
        }}
        onRetry={() => location.reload()}
      >
        <div class="foot">
          <Footer />
        </div>
      </FailedReading>
    );
  }
  return (
    <AnalysedResult
      article={reading.article}
      options={options}
      sourceTab={reading.tabId}
      highlightInTab
      footer={<Footer />}
      idPrefix="popup"
    />
  );
}
