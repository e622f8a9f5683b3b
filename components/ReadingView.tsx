import type { ComponentChildren } from 'preact';
import { FailedReading, type FailureTitles } from './FailedReading';
import type { Reading } from './read-tab';
import { AnalysedResult, type ResultProps } from './ResultView';

interface Props extends Omit<ResultProps, 'article'> {
  reading: Reading;
  /** Where the reading came from, when `reading` does not say (the side panel knows its tab). */
  sourceTab?: number;
  titles?: FailureTitles;
  /** Under a failure; the footer, in the popup's footer row, when not given. */
  failureLinks?: ComponentChildren;
  onReadAnyway: () => void;
  onRetry: () => void;
}

/**
 * A reading in any of Winnow's views (popup, side panel, Winnow tab): the analysed article, or why
 * there is none and what the reader can do. One switch, so the views cannot drift apart.
 */
export function ReadingView({ reading, titles, failureLinks, onReadAnyway, onRetry, ...result }: Props) {
  if (reading.state !== 'article') {
    return (
      <FailedReading reading={reading} titles={titles} onReadAnyway={onReadAnyway} onRetry={onRetry}>
        {failureLinks ?? <div class="foot">{result.footer}</div>}
      </FailedReading>
    );
  }
  return <AnalysedResult {...result} article={reading.article} sourceTab={result.sourceTab ?? reading.tabId} />;
}
