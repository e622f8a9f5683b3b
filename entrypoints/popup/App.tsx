import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { toSavedSummary, summaryId } from '@/utils/storage/saved-summary';
import { BYTE_BUDGET, isSaved, saveSummary } from '@/utils/storage/summaries-store';
import { canonicalKey } from '@/utils/url';
import { ArticleByline } from '@/components/ArticleByline';
import { FoldedText } from '@/components/FoldedText';
import { KeyPointList } from '@/components/KeyPointList';
import { MarkedText } from '@/components/MarkedText';
import { PaddingMeter } from '@/components/PaddingMeter';
import { ReadNotes } from '@/components/ReadNotes';
import { StatusView } from '@/components/StatusView';
import { ViewTabs } from '@/components/ViewTabs';
import { useOptions } from '@/components/use-options';
import { useToggleSet } from '@/components/use-toggle-set';
import type { Article } from '@/utils/extract/types';
import type { PaddingKind } from '@/utils/analysis/types';
import { useAnalysis, warmBackground } from './ask-analysis';
import { readActiveTab, type TabReading } from './read-tab';
import { usePageHighlight } from './use-page-highlight';

type SaveState =
  | { state: 'idle' | 'saving' }
  | { state: 'saved'; evicted: number }
  | { state: 'failed'; message: string };
type View = 'points' | 'marked' | 'clean';

const VIEWS = [
  { id: 'points', label: 'Key points' },
  { id: 'marked', label: 'Marked text' },
  { id: 'clean', label: 'Without padding' },
] as const;

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
    </>
  );
}

export function App() {
  const options = useOptions();
  const [reading, setReading] = useState<TabReading | null>(null);

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
  if (reading.state === 'not-article') {
    return (
      <StatusView title="This page isn’t an article" message={reading.message}>
        {reading.canForce && (
          <button
            type="button"
            data-testid="read-anyway"
            onClick={() => {
              setReading(null);
              read(true);
            }}
          >
            Read it anyway
          </button>
        )}
        <Footer />
      </StatusView>
    );
  }
  if (reading.state === 'restricted') {
    return (
      <StatusView title="Winnow can’t read this page" message={reading.message}>
        <Footer />
      </StatusView>
    );
  }
  if (reading.state === 'error') {
    return (
      <StatusView title="Something went wrong" message={reading.message}>
        <button type="button" onClick={() => location.reload()}>
          Try again
        </button>
      </StatusView>
    );
  }
  return <Result tabId={reading.tabId} article={reading.result.article} options={options} />;
}

interface ResultProps {
  tabId: number;
  article: Article;
  options: NonNullable<ReturnType<typeof useOptions>>;
}

function Result({ tabId, article, options }: ResultProps) {
  const [attempt, setAttempt] = useState(0);
  const asked = useAnalysis(article, options, attempt);
  if (asked.state === 'loading') return <StatusView busy title="Reading the page…" />;
  if (asked.state === 'error') {
    return (
      <StatusView title="Something went wrong" message={asked.message}>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </StatusView>
    );
  }
  return <ResultView tabId={tabId} article={article} options={options} analysis={asked.analysis} />;
}

function ResultView({ tabId, article, options, analysis }: ResultProps & { analysis: Analysis }) {
  const [view, setView] = useState<View>('points');
  // Kinds switched off with the meter's chips, for this popup only (the options set the default kinds).
  const [hidden, toggleKind] = useToggleSet<PaddingKind>();
  const highlight = usePageHighlight(tabId, analysis, hidden, options.highlightInPage);
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [alreadySaved, setAlreadySaved] = useState(false);
  const id = summaryId(canonicalKey(article.url, article.canonicalUrl));

  useEffect(() => {
    document.documentElement.dataset.keyPointsAt = String(Math.round(performance.now()));
    void browser.runtime.sendMessage({ type: 'padding-badge', tabId, ratio: analysis.padding.ratio }).catch(() => {});
  }, [analysis]);

  const doSave = async () => {
    setSave({ state: 'saving' });
    const result = await saveSummary(toSavedSummary(article, analysis, { keepMarked: options.keepMarkedText }), {
      maxEntries: options.libraryLimit,
      maxBytes: BYTE_BUDGET,
    });
    setSave(result.ok ? { state: 'saved', evicted: result.evicted.length } : { state: 'failed', message: result.message });
    if (result.ok) setAlreadySaved(true);
  };

  useEffect(() => {
    void isSaved(id).then((saved) => {
      setAlreadySaved(saved);
      if (options.autoSave && !saved) void doSave();
    });
  }, [id]);

  const site = article.siteName ?? new URL(article.url).hostname;
  return (
    <main>
      <header class="head">
        <h1 data-testid="title">{article.title}</h1>
        <ArticleByline byline={article.byline} publishedTime={article.publishedTime} />
        <p class="meta muted">
          {site} · {analysis.readingMinutes} min read · {analysis.wordCount.toLocaleString('en')} words
        </p>
        <ReadNotes article={article} />
      </header>
      <PaddingMeter padding={analysis.padding} savedMinutes={analysis.savedMinutes} hidden={hidden} onToggle={toggleKind} />
      <div class="in-page">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={highlight.on}
            data-testid="highlight-toggle"
            onChange={(e) => highlight.setOn(e.currentTarget.checked)}
          />
          Highlight in the page
        </label>
        <span
          class={highlight.status?.error ? 'in-page-status error' : 'in-page-status muted'}
          role="status"
          data-testid="highlight-status"
        >
          {highlight.busy ? 'Working…' : (highlight.status?.text ?? '')}
        </span>
      </div>
      <ViewTabs tabs={VIEWS} current={view} onChange={setView} label="View" idPrefix="popup" />
      <section
        id="popup-panel"
        class="panel"
        role="tabpanel"
        aria-labelledby={`popup-tab-${view}`}
        tabIndex={0}
      >
        {view === 'points' ? (
          <KeyPointList
            points={analysis.keyPoints.map((k) => k.text)}
            requested={analysis.requestedPoints}
            onReveal={highlight.reveal}
          />
        ) : view === 'marked' ? (
          <MarkedText blocks={analysis.blocks} sentences={analysis.sentences} legend={false} hidden={hidden} />
        ) : (
          <FoldedText blocks={analysis.blocks} sentences={analysis.sentences} hidden={hidden} />
        )}
      </section>
      {save.state === 'saved' && save.evicted > 0 && (
        <p class="notice" role="status" data-testid="evicted">
          The library was full: the {save.evicted === 1 ? 'oldest unpinned summary was' : `${save.evicted} oldest unpinned summaries were`}{' '}
          removed to make room.
        </p>
      )}
      {save.state === 'failed' && (
        <p class="notice error" role="alert">
          {save.message}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="save"
          onClick={doSave}
          disabled={save.state === 'saving'}
        >
          {save.state === 'saving' ? 'Saving…' : save.state === 'saved' ? 'Saved ✓' : alreadySaved ? 'Update saved copy' : 'Save'}
        </button>
        <span class="visually-hidden" role="status">
          {save.state === 'saved' ? 'Summary saved' : ''}
        </span>
        <span class="spacer" />
        <Footer />
      </div>
    </main>
  );
}
