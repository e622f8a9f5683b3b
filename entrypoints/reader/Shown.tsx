import { useEffect } from 'preact/hooks';
import type { FailureTitles } from '@/components/FailedReading';
import { t } from '@/components/i18n';
import { PageLinks } from '@/components/PageLinks';
import { ReadingView } from '@/components/ReadingView';
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
  return (
    <ReadingView
      reading={reading}
      options={options}
      canSave={canSave}
      titles={titles}
      footer={<Footer />}
      idPrefix="reader"
      onReadAnyway={onReadAnyway}
      onRetry={onRetry}
    />
  );
}
