import { formatNumber, tn } from '@/components/i18n';
import { BYTE_BUDGET } from '@/utils/storage/summaries-store';

function mb(bytes: number): string {
  const n = bytes / (1024 * 1024);
  if (n === 0) return formatNumber(0);
  if (n < 0.01) return `< ${formatNumber(0.01)}`;
  const digits = n < 1 ? 2 : 1;
  return formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "12 saved · 0.34 MB of 8 MB". */
export function usageLine(count: number, bytes: number): string {
  return tn('usageLine', count, mb(bytes), formatNumber(BYTE_BUDGET / (1024 * 1024), { maximumFractionDigits: 1 }));
}
