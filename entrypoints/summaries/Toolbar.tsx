import { siteLabel } from './site-label';
import type { Ref } from 'preact';
import type { SortOrder } from '@/utils/storage/library';
import { t, type MessageKey } from '@/components/i18n';
import type { Filters } from './use-library';

const SORTS: { id: SortOrder; label: MessageKey }[] = [
  { id: 'newest', label: 'sortNewest' },
  { id: 'oldest', label: 'sortOldest' },
  { id: 'most-padding', label: 'sortMostPadding' },
  { id: 'least-padding', label: 'sortLeastPadding' },
];

interface Props {
  filters: Filters;
  sites: readonly string[];
  onChange: (patch: Partial<Filters>) => void;
  searchRef: Ref<HTMLInputElement>;
}

/** Search as you type, a site filter built from the sites present, and the sort order. */
export function Toolbar({ filters, sites, onChange, searchRef }: Props) {
  return (
    <form class="toolbar" role="search" aria-label={t('searchLabel')} onSubmit={(e) => e.preventDefault()}>
      <label class="field grow">
        <span>{t('search')}</span>
        <input
          ref={searchRef}
          type="search"
          data-testid="search"
          value={filters.text}
          placeholder={t('searchPlaceholder')}
          aria-keyshortcuts="/"
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => onChange({ text: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filters.text) {
              e.preventDefault();
              onChange({ text: '' });
            }
          }}
        />
      </label>
      <label class="field">
        <span>{t('site')}</span>
        <select
          data-testid="site-filter"
          value={filters.site ?? ''}
          onChange={(e) => onChange({ site: e.currentTarget.value || null })}
        >
          <option value="">{t('allSites')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {siteLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('sort')}</span>
        <select
          data-testid="sort"
          value={filters.sort}
          onChange={(e) => onChange({ sort: e.currentTarget.value as SortOrder })}
        >
          {SORTS.map((s) => (
            <option key={s.id} value={s.id}>
              {t(s.label)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
