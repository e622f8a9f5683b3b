import type { Article } from '@/utils/extract/types';
import { say, t } from './i18n';

interface Props {
  article: Pick<Article, 'notes' | 'noteCodes'>;
}

/**
 * How the page was read, when that is worth knowing: the fallback reader, a cut, frames or
 * components that were (or could not be) read. Plain text; nothing when the page was ordinary.
 */
export function ReadNotes({ article }: Props) {
  const notes = article.notes ?? [];
  if (!notes.length) return null;
  // Codes only when they pair up with the notes one for one (a page could send anything).
  const codes: unknown[] = Array.isArray(article.noteCodes) && article.noteCodes.length === notes.length ? article.noteCodes : [];
  return (
    <div class="read-notes" data-testid="read-notes" role="note" aria-label={t('readNotes')}>
      {notes.map((note, i) => (
        <p key={i} class="muted">
          {say(codes[i], note)}
        </p>
      ))}
    </div>
  );
}
