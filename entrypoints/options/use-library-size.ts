import { useEffect, useState } from 'preact/hooks';
import { listSummaries } from '@/utils/storage/summaries-store';

interface LibrarySize {
  count: number;
  bytes: number;
  /** Mean bytes the marked text adds to an entry that kept it; null when none did. */
  markedCost: number | null;
}

/** What the saved library weighs, measured, so the options page can state real costs. */
export function useLibrarySize(): [LibrarySize | null, () => void] {
  const [size, setSize] = useState<LibrarySize | null>(null);
  const refresh = () => {
    void listSummaries().then(({ entries, bytes }) => {
      const marked = entries.filter((e) => e.marked);
      const cost = marked.length
        ? marked.reduce((n, e) => n + new TextEncoder().encode(JSON.stringify(e.marked)).length, 0) / marked.length
        : null;
      setSize({ count: entries.length, bytes, markedCost: cost });
    });
  };
  useEffect(refresh, []);
  return [size, refresh];
}
