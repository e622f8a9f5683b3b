import { siteLabel } from './site-label';
import { useMemo } from 'preact/hooks';
import type { SavedSummary } from '@/utils/storage/saved-summary';
import { siteStats } from '@/utils/storage/library';
import { formatPercent, tn, tx } from '@/components/i18n';
import { cssPercent } from '@/components/kinds';

/** Average padding per site over every saved page, folded away until asked for. */
export function SiteStats({ entries }: { entries: readonly SavedSummary[] }) {
  const stats = useMemo(() => siteStats(entries), [entries]);
  if (!stats.length) return null;
  return (
    <details class="site-stats" data-testid="site-stats">
      <summary>{tn('paddingBySite', stats.length)}</summary>
      <ul>
        {stats.map((s) => (
          <li key={s.site} data-testid="site-stat">
            <span class="stat-text">
              {tx('siteStat', <strong>{siteLabel(s.site)}</strong>, formatPercent(s.averagePadding), tn('pages', s.pages))}
            </span>
            <span class="stat-bar" aria-hidden="true">
              <span style={{ width: cssPercent(s.averagePadding) }} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
