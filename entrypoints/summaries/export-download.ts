import type { SavedSummary } from '@/utils/storage/saved-summary';
import { t, tn } from '@/components/i18n';
import { exportJson, exportMarkdown, type MarkdownWords } from '@/utils/storage/library';

export type ExportFormat = 'md' | 'json';

const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** "winnow-summaries-2026-11-25.md", dated in the reader's own time zone. */
function exportFilename(format: ExportFormat, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `winnow-summaries-${day}.${format}`;
}

/** Hands `text` to the browser as a file download through a temporary `<a download>`. */
function downloadText(text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox may still be reading the blob right after the click: let it finish first.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The Markdown export in the reader's language, like the page it comes from. */
function markdownWords(): MarkdownWords {
  return {
    heading: t('mdHeading'),
    exported: (date, pages) => t('mdExported', date, tn('pages', pages)),
    site: t('mdSite'),
    saved: t('mdSaved'),
    padding: t('mdPadding'),
    link: t('mdLink'),
    keyPoints: t('mdKeyPoints'),
    unknownSite: t('unknownSite'),
  };
}

export function downloadExport(entries: readonly SavedSummary[], format: ExportFormat): void {
  const text = format === 'md' ? exportMarkdown(entries, new Date(), markdownWords()) : exportJson(entries);
  downloadText(text, exportFilename(format), MIME[format]);
}
