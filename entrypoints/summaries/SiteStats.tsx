import { useMemo } from 'preact/hooks';
import type { SavedSummary } from '@/utils/storage/saved-summary';
import { siteStats } from '@/utils/storage/library';
import { percent } from '@/components/kinds';
import { plural } from './usage';

/** Average padding per site over every saved page, folded away until asked for. */
export function SiteStats({ entries }: { entries: readonly SavedSummary[] }) {
  const stats = useMemo(() => siteStats(entries), [entries]);
  if (!stats.length) return null;
  return (
    <details class="site-stats" data-testid="site-stats">
      <summary>Padding by site ({plural(stats.length, 'site')})</summary>
      <ul>
        {stats.map((s) => (
          <li key={s.site} data-testid="site-stat">
            <span class="stat-text">
              <strong>{s.site}</strong>: {percent(s.averagePadding)} padding over {plural(s.pages, 'page')}
            </span>
            <span class="stat-bar" aria-hidden="true">
              <span style={{ width: percent(s.averagePadding) }} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
