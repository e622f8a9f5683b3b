import { useEffect } from 'preact/hooks';
import { FailedReading, type FailureTitles } from '@/components/FailedReading';
import { t } from '@/components/i18n';
import { PageLinks } from '@/components/PageLinks';
import { AnalysedResult } from '@/components/ResultView';
import type { Reading } from '@/components/read-tab';
import type { Options } from '@/utils/storage/options';

export function Footer() {
  return <PageLinks />;
}

interface Props {
  reading: Reading;
  options: Options;
  /** False for a selection (see ResultView). */
  canSave: boolean;
  titles?: FailureTitles;
  onReadAnyway: () => void;
  onRetry: () => void;
}

/** A reading in the Winnow tab: the same result view as the popup, or why there is none. */
export function Shown({ reading, options, canSave, titles, onReadAnyway, onRetry }: Props) {
  useEffect(() => {
    if (reading.state === 'article') document.title = t('titleWithArticle', reading.article.title);
  }, [reading]);
  if (reading.state !== 'article') {
    return (
      <FailedReading reading={reading} titles={titles} onReadAnyway={onReadAnyway} onRetry={onRetry}>
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
      canSave={canSave}
      footer={<Footer />}
      idPrefix="reader"
    />
  );
}
