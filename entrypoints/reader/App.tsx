import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { StatusView } from '@/components/StatusView';
import { warmBackground } from '@/components/ask-analysis';
import { readingOf, readTabById, type Reading } from '@/components/read-tab';
import { useOptions } from '@/components/use-options';
import type { Options } from '@/utils/storage/options';
import { getReaderJob, type ReaderJob } from '@/utils/storage/reader-jobs';
import { LinkReading } from './LinkReading';
import { Shown } from './Shown';

const selectionTitles = () => ({ 'not-article': t('selectionNothing'), error: t('selectionFailed') });

/** "Winnow this page": the tab the menu was used in, read with the grant that click gave. */
function PageReading({ tabId, options }: { tabId: number; options: Options }) {
  const [reading, setReading] = useState<Reading | null>(null);
  const read = (acceptShort: boolean) => {
    setReading(null);
    readTabById(tabId, acceptShort).then(setReading, (err: unknown) =>
      setReading({ state: 'error', message: t('couldNotRead', String(err)) }),
    );
  };
  useEffect(() => read(false), [tabId]);
  if (!reading) return <StatusView busy title={t('readingPage')} />;
  return <Shown reading={reading} options={options} canSave onReadAnyway={() => read(true)} onRetry={() => read(false)} />;
}

/** The Winnow tab a right-click menu item opens: what the job in its address asks for. */
export function App() {
  const options = useOptions();
  const [job, setJob] = useState<ReaderJob | 'missing' | null>(null);

  useEffect(() => {
    warmBackground();
    const id = new URLSearchParams(location.search).get('job');
    if (!id) return setJob('missing');
    getReaderJob(id).then(
      (found) => setJob(found ?? 'missing'),
      () => setJob('missing'),
    );
  }, []);

  if (!job || !options) return <StatusView busy title={t('opening')} />;
  if (job === 'missing') {
    return (
      <StatusView title={t('readerLostTitle')} message={t('readerLostMessage')} />
    );
  }
  switch (job.source) {
    case 'page':
      return <PageReading tabId={job.tabId} options={options} />;
    case 'selection':
      // A selection cannot be read "anyway" or again: it was read at the click.
      return <Shown reading={readingOf(job.result)} options={options} canSave={false} titles={selectionTitles()} onReadAnyway={() => {}} onRetry={() => location.reload()} />;
    case 'link':
      return <LinkReading url={job.url} options={options} />;
    case 'unavailable':
      return <StatusView title={t('readerUnavailable')} message={job.message} />;
  }
}
