/** "25 Nov 2026, 14:05" in the reader's locale. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A date alone ("2019-11-20") means that day wherever the reader is; a time places it in the reader's zone. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "20 Nov 2019" in the reader's locale, or null when the value is no date. */
export function formatDay(iso: string, locale?: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', ...(DATE_ONLY.test(iso) ? { timeZone: 'UTC' } : {}) });
}
