import type { ComponentChildren } from 'preact';
import { t } from './i18n';
import type { Reading } from './read-tab';
import { StatusView } from './StatusView';

type Failure = Exclude<Reading, { state: 'article' }>;

/** Headings in place of the popup's, where the thing read is not "this page" (a selection, a link). */
export type FailureTitles = Partial<Record<Failure['state'], string>>;

interface Props {
  reading: Failure;
  titles?: FailureTitles;
  /** Read the page although it looks too short (offered when the page has some text). */
  onReadAnyway: () => void;
  onRetry: () => void;
  /** Links shown where the reader may want to go elsewhere (not an article, not readable). */
  children?: ComponentChildren;
}

/** Why there is no article to show, and what the reader can do about it. */
export function FailedReading({ reading, titles = {}, onReadAnyway, onRetry, children }: Props) {
  if (reading.state === 'not-article') {
    return (
      <StatusView title={titles['not-article'] ?? t('failedNotArticle')} message={reading.message}>
        {reading.canForce && (
          <button type="button" data-testid="read-anyway" onClick={onReadAnyway}>
            {t('readAnyway')}
          </button>
        )}
        {children}
      </StatusView>
    );
  }
  if (reading.state === 'restricted') {
    return (
      <StatusView title={titles.restricted ?? t('failedRestricted')} message={reading.message}>
        {children}
      </StatusView>
    );
  }
  return (
    <StatusView title={titles.error ?? t('somethingWrong')} message={reading.message}>
      <button type="button" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </StatusView>
  );
}
