import { ArticleByline } from './ArticleByline';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Analysis, PaddingKind } from '@/utils/analysis/types';
import type { Article } from '@/utils/extract/types';
import type { Options } from '@/utils/storage/options';
import { toSavedSummary, summaryId } from '@/utils/storage/saved-summary';
import { BYTE_BUDGET, isSaved, saveSummary } from '@/utils/storage/summaries-store';
import { canonicalKey } from '@/utils/url';
import { useAnalysis } from './ask-analysis';
import { CopyButtons } from './CopyButtons';
import { FoldedText } from './FoldedText';
import { say, t, tn } from './i18n';
import { KeyPointList } from './KeyPointList';
import { MarkedText } from './MarkedText';
import { PaddingMeter } from './PaddingMeter';
import { ReadNotes } from './ReadNotes';
import { sendToBackground } from './send-to-background';
import { StatusView } from './StatusView';
import { ViewTabs } from './ViewTabs';
import { usePageHighlight } from './use-page-highlight';
import { useToggleSet } from './use-toggle-set';

type SaveState =
  | { state: 'idle' | 'saving' }
  | { state: 'saved'; evicted: number }
  | { state: 'failed'; message: string };
type View = 'points' | 'marked' | 'clean';

const VIEWS = [
  { id: 'points', label: 'viewPoints' },
  { id: 'marked', label: 'viewMarked' },
  { id: 'clean', label: 'viewClean' },
] as const;

export interface ResultProps {
  article: Article;
  options: Options;
  /** The tab the article was read from: its toolbar button gets the padding share as a badge. */
  sourceTab?: number;
  /** Offer to highlight in that tab (the popup, which sits over it; a Winnow tab does not). */
  highlightInTab?: boolean;
  /**
   * False for a selection: it is part of a page, and saving it under the page's address would
   * replace that page's saved summary.
   */
  canSave?: boolean;
  /** Links under the actions (Saved summaries, Options, the shortcut). */
  footer?: ComponentChildren;
  /** Prefix of the view tabs' element ids. */
  idPrefix: string;
}

/** Asks the background for the analysis of `article` and shows it, with loading and error states. */
export function AnalysedResult(props: ResultProps) {
  const [attempt, setAttempt] = useState(0);
  const asked = useAnalysis(props.article, props.options, attempt);
  if (asked.state === 'loading') return <StatusView busy title={t('readingPage')} />;
  if (asked.state === 'error') {
    return (
      <StatusView title={t('somethingWrong')} message={asked.message}>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('tryAgain')}
        </button>
      </StatusView>
    );
  }
  return <ResultView {...props} analysis={asked.analysis} />;
}

function ResultView({ article, options, analysis, sourceTab, highlightInTab, canSave = true, footer, idPrefix }: ResultProps & { analysis: Analysis }) {
  const [view, setView] = useState<View>('points');
  // Kinds switched off with the meter's chips, for this view only (the options set the default kinds).
  const [hidden, toggleKind] = useToggleSet<PaddingKind>();
  const highlight = usePageHighlight(
    highlightInTab && sourceTab !== undefined ? { tabId: sourceTab, byDefault: options.highlightInPage } : null,
    analysis,
    hidden,
  );
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [alreadySaved, setAlreadySaved] = useState(false);
  const id = summaryId(canonicalKey(article.url, article.canonicalUrl));

  useEffect(() => {
    document.documentElement.dataset.keyPointsAt = String(Math.round(performance.now()));
    if (sourceTab !== undefined) {
      void sendToBackground({ type: 'padding-badge', tabId: sourceTab, ratio: analysis.padding.ratio });
    }
  }, [analysis]);

  const doSave = async () => {
    setSave({ state: 'saving' });
    const result = await saveSummary(toSavedSummary(article, analysis, { keepMarked: options.keepMarkedText }), {
      maxEntries: options.libraryLimit,
      maxBytes: BYTE_BUDGET,
    });
    setSave(result.ok ? { state: 'saved', evicted: result.evicted.length } : { state: 'failed', message: say(result.said, result.message) });
    if (result.ok) setAlreadySaved(true);
  };

  useEffect(() => {
    if (!canSave) return;
    void isSaved(id).then((saved) => {
      setAlreadySaved(saved);
      if (options.autoSave && !saved) void doSave();
    });
  }, [id]);

  const site = article.siteName ?? hostOf(article.url);
  const panelId = `${idPrefix}-panel`;
  return (
    <main>
      <header class="head">
        <h1 data-testid="title">{article.title}</h1>
        <ArticleByline byline={article.byline} publishedTime={article.publishedTime} />
        <p class="meta muted">
          {site && `${site} · `}
          {t('readTime', analysis.readingMinutes)} · {tn('wordCount', analysis.wordCount)}
        </p>
        <ReadNotes article={article} />
      </header>
      <PaddingMeter padding={analysis.padding} savedMinutes={analysis.savedMinutes} hidden={hidden} onToggle={toggleKind} />
      {highlight && (
        <div class="in-page">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={highlight.on}
              data-testid="highlight-toggle"
              onChange={(e) => highlight.setOn(e.currentTarget.checked)}
            />
            {t('highlightInPage')}
          </label>
          <span
            class={highlight.status?.error ? 'in-page-status error' : 'in-page-status muted'}
            role="status"
            data-testid="highlight-status"
          >
            {highlight.busy ? t('working') : (highlight.status?.text ?? '')}
          </span>
        </div>
      )}
      <ViewTabs tabs={VIEWS.map((v) => ({ id: v.id, label: t(v.label) }))} current={view} onChange={setView} label={t('viewTabs')} idPrefix={idPrefix} />
      <section id={panelId} class="panel" role="tabpanel" aria-labelledby={`${idPrefix}-tab-${view}`} tabIndex={0}>
        {view === 'points' ? (
          <KeyPointList points={analysis.keyPoints} requested={analysis.requestedPoints} onReveal={highlight?.reveal} />
        ) : view === 'marked' ? (
          <MarkedText blocks={analysis.blocks} sentences={analysis.sentences} legend={false} hidden={hidden} />
        ) : (
          <FoldedText blocks={analysis.blocks} sentences={analysis.sentences} hidden={hidden} />
        )}
      </section>
      {save.state === 'saved' && save.evicted > 0 && (
        <p class="notice" role="status" data-testid="evicted">
          {tn('evicted', save.evicted)}
        </p>
      )}
      {save.state === 'failed' && (
        <p class="notice error" role="alert">
          {save.message}
        </p>
      )}
      <div class="actions">
        {canSave && (
          <>
            <button type="button" class="primary" data-testid="save" onClick={doSave} disabled={save.state === 'saving'}>
              {t(save.state === 'saving' ? 'saving' : save.state === 'saved' ? 'saved' : alreadySaved ? 'updateSaved' : 'save')}
            </button>
            <span class="visually-hidden" role="status">
              {save.state === 'saved' ? t('summarySaved') : ''}
            </span>
          </>
        )}
        <CopyButtons source={{ title: article.title, url: article.url, points: analysis.keyPoints }} />
      </div>
      {footer && <div class="foot">{footer}</div>}
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
