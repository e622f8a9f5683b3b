import { useEffect, useState } from 'preact/hooks';
import { isPointCount, MAX_POINTS, MIN_POINTS, PADDING_KINDS, SENSITIVITIES, type PaddingKind, type Sensitivity } from '@/utils/analysis/vocabulary';
import {
  LIBRARY_LIMITS,
  loadOptionsReport,
  resetOptions,
  THEMES,
  updateOptions,
  type Options,
  type OptionsChange,
  type Theme,
} from '@/utils/storage/options';
import { BYTE_BUDGET } from '@/utils/storage/summaries-store';
import { formatNumber, t, tn, type MessageKey } from '@/components/i18n';
import { kindLabel } from '@/components/kinds';
import { StatusView } from '@/components/StatusView';
import { useOptions } from '@/components/use-options';
import { DangerZone } from './DangerZone';
import { ShortcutSettings } from './ShortcutSettings';
import { SidePanelSettings } from './SidePanelSettings';
import { useLibrarySize } from './use-library-size';

const SENSITIVITY: Record<Sensitivity, { label: MessageKey; hint: MessageKey }> = {
  strict: { label: 'sensitivityStrict', hint: 'sensitivityStrictHint' },
  balanced: { label: 'sensitivityBalanced', hint: 'sensitivityBalancedHint' },
  relaxed: { label: 'sensitivityRelaxed', hint: 'sensitivityRelaxedHint' },
};
const LENGTHS = [
  { id: 'short', label: 'lengthShort', points: 3 },
  { id: 'medium', label: 'lengthMedium', points: 5 },
  { id: 'long', label: 'lengthLong', points: 8 },
] as const;

function kb(bytes: number): string {
  return bytes >= 1048576
    ? t('sizeMb', formatNumber(bytes / 1048576, { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
    : t('sizeKb', Math.max(1, Math.round(bytes / 1024)));
}

const THEME_LABEL: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };

/** How each option is named when its stored value could not be read. */
const OPTION_NAME: Record<keyof Options, MessageKey> = {
  points: 'optionPoints',
  sensitivity: 'optionSensitivity',
  kindsOff: 'optionKinds',
  autoSave: 'optionAutoSave',
  keepMarkedText: 'optionKeepMarked',
  theme: 'optionTheme',
  highlightInPage: 'optionHighlight',
  libraryLimit: 'optionLibraryLimit',
  panelAutoRead: 'optionPanelAutoRead',
};

/** Stored options this page could not read (and shows at their defaults), until a change saves over them. */
function useUnreadable(): [(keyof Options)[], () => void] {
  const [unreadable, setUnreadable] = useState<(keyof Options)[]>([]);
  useEffect(() => {
    void loadOptionsReport().then((r) => setUnreadable(r.unreadable));
  }, []);
  return [unreadable, () => setUnreadable([])];
}

/** Every change is saved at once; open popups and pages follow through storage change events. */
export function App() {
  const options = useOptions();
  const [error, setError] = useState<string | null>(null);
  const [library, refreshLibrary] = useLibrarySize();
  const [unreadable, clearUnreadable] = useUnreadable();
  if (!options) return <StatusView busy title={t('loadingOptions')} />;

  // Each change goes on top of the latest stored options: this page shows them only once they come back.
  const saved = (run: Promise<unknown>) =>
    run.then(
      () => {
        setError(null);
        clearUnreadable();
      },
      (err: unknown) => setError(t('couldNotSave', String(err))),
    );
  const update = (change: OptionsChange) => void saved(updateOptions(change));
  const toggleKind = (k: PaddingKind, on: boolean) =>
    update((latest) => ({ kindsOff: on ? latest.kindsOff.filter((x) => x !== k) : [...latest.kindsOff, k] }));

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {unreadable.length > 0 && (
        <p class="notice" role="status" data-testid="unreadable-options">
          {t('unreadableOptions', unreadable.map((k) => t(OPTION_NAME[k])).join(t('listSeparator')))}
        </p>
      )}
      <fieldset>
        <legend>{t('optionPoints')}</legend>
        <div class="row" role="radiogroup" aria-label={t('summaryLength')}>
          {LENGTHS.map((l) => (
            <label key={l.id}>
              <input type="radio" name="length" checked={options.points === l.points} onChange={() => update({ points: l.points })} />
              {t('lengthChoice', t(l.label), l.points)}
            </label>
          ))}
        </div>
        <label>
          {t('pointsExactlyBefore')}
          <input
            type="number"
            min={MIN_POINTS}
            max={MAX_POINTS}
            value={options.points}
            data-testid="points"
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (isPointCount(n)) update({ points: n });
            }}
          />
          {t('pointsExactlyAfter')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionSensitivity')}</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s}>
            <input type="radio" name="sensitivity" checked={options.sensitivity === s} onChange={() => update({ sensitivity: s })} />
            {t(SENSITIVITY[s].label)} <span class="muted">— {t(SENSITIVITY[s].hint)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionKinds')}</legend>
        <div class="kinds">
          {PADDING_KINDS.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={!options.kindsOff.includes(k)}
                onChange={(e) => toggleKind(k, e.currentTarget.checked)}
              />
              {kindLabel(k)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('inThePage')}</legend>
        <label>
          <input
            type="checkbox"
            checked={options.highlightInPage}
            data-testid="highlight-in-page"
            onChange={(e) => update({ highlightInPage: e.currentTarget.checked })}
          />
          {t('highlightOption')}
        </label>
        <p class="hint muted">{t('highlightOptionHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('savingLegend')}</legend>
        <label>
          <input type="checkbox" checked={options.autoSave} onChange={(e) => update({ autoSave: e.currentTarget.checked })} />
          {t('autoSaveOption')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.keepMarkedText}
            onChange={(e) => update({ keepMarkedText: e.currentTarget.checked })}
          />
          {t('keepMarkedOption')}
        </label>
        <p class="hint muted" data-testid="marked-cost">
          {library?.markedCost ? t('markedCost', kb(library.markedCost)) : t('markedCostUnknown')}
        </p>
        <label>
          {t('keepAtMostBefore')}
          <select
            value={String(options.libraryLimit)}
            onChange={(e) => update({ libraryLimit: Number(e.currentTarget.value) })}
            data-testid="library-limit"
          >
            {LIBRARY_LIMITS.map((n) => (
              <option key={n} value={String(n)}>
                {formatNumber(n)}
              </option>
            ))}
          </select>
          {t('keepAtMostAfter')}
        </label>
        <p class="hint muted">
          {t('libraryFullHint')}
          {library && ` ${tn('libraryNow', library.count, kb(library.bytes), kb(BYTE_BUDGET))}`}
        </p>
      </fieldset>
      <SidePanelSettings options={options} update={update} />
      <ShortcutSettings />
      <fieldset>
        <legend>{t('optionTheme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input type="radio" name="theme" checked={options.theme === theme} onChange={() => update({ theme })} />
            {t(THEME_LABEL[theme])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('resetLegend')}</legend>
        <div class="row">
          <button type="button" onClick={() => void saved(resetOptions())}>
            {t('resetOptions')}
          </button>
        </div>
        <p class="hint muted">{t('resetKeepsSummaries')}</p>
        <DangerZone count={library?.count ?? 0} onDeleted={refreshLibrary} />
      </fieldset>
    </main>
  );
}
