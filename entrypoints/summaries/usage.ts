import { BYTE_BUDGET } from '@/utils/storage/summaries-store';

function mb(bytes: number): string {
  const n = bytes / (1024 * 1024);
  if (n === 0) return '0';
  if (n < 0.01) return '< 0.01';
  return n < 1 ? n.toFixed(2) : n.toFixed(1);
}

/** "12 saved · 0.34 MB of 8 MB". */
export function usageLine(count: number, bytes: number): string {
  return `${count} saved · ${mb(bytes)} MB of ${+(BYTE_BUDGET / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
