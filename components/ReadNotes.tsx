import type { Article } from '@/utils/extract/types';
import { t } from './i18n';

interface Props {
  article: Pick<Article, 'notes'>;
}

/**
 * How the page was read, when that is worth knowing: the fallback reader, a cut, frames or
 * components that were (or could not be) read. Plain text; nothing when the page was ordinary.
 */
export function ReadNotes({ article }: Props) {
  const notes = article.notes ?? [];
  if (!notes.length) return null;
  return (
    <div class="read-notes" data-testid="read-notes" role="note" aria-label={t('readNotes')}>
      {notes.map((note, i) => (
        <p key={i} class="muted">
          {note}
        </p>
      ))}
    </div>
  );
}
