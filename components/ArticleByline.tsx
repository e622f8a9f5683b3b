import { formatDay, t } from './i18n';

interface Props {
  byline: string | null | undefined;
  publishedTime: string | null | undefined;
}

/** "By Naomi Pruett · 20 Nov 2019": who wrote the article and when, from the page's metadata; nothing when neither is known. */
export function ArticleByline({ byline, publishedTime }: Props) {
  const day = publishedTime ? formatDay(publishedTime) : null;
  if (!byline && !day) return null;
  return (
    <p class="meta muted byline" data-testid="byline">
      {byline && <span data-testid="author">{t('byAuthor', byline)}</span>}
      {byline && day && ' · '}
      {day && (
        <time dateTime={publishedTime!} data-testid="published">
          {day}
        </time>
      )}
    </p>
  );
}
