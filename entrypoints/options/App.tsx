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
import { KIND_LABEL } from '@/components/kinds';
import { StatusView } from '@/components/StatusView';
import { useOptions } from '@/components/use-options';
import { DangerZone } from './DangerZone';
import { ShortcutSettings } from './ShortcutSettings';
import { SidePanelSettings } from './SidePanelSettings';
import { useLibrarySize } from './use-library-size';

const SENSITIVITY: Record<Sensitivity, { label: string; hint: string }> = {
  strict: { label: 'Strict', hint: 'Marks more: weaker cues count.' },
  balanced: { label: 'Balanced', hint: 'The default.' },
  relaxed: { label: 'Relaxed', hint: 'Marks only clear padding.' },
};
const LENGTHS = [
  { id: 'short', label: 'Short', points: 3 },
  { id: 'medium', label: 'Medium', points: 5 },
  { id: 'long', label: 'Long', points: 8 },
] as const;

function kb(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const THEME_LABEL: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** How each option is named when its stored value could not be read. */
const OPTION_NAME: Record<keyof Options, string> = {
  points: 'Key points',
  sensitivity: 'Padding sensitivity',
  kindsOff: 'Kinds of padding to mark',
  autoSave: 'Save every article',
  keepMarkedText: 'Keep the marked text',
  theme: 'Theme',
  highlightInPage: 'Highlight in the page',
  libraryLimit: 'Saved summaries kept',
  panelAutoRead: 'Side panel: read allowed sites by itself',
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
  if (!options) return <StatusView busy title="Loading options…" />;

  // Each change goes on top of the latest stored options: this page shows them only once they come back.
  const saved = (run: Promise<unknown>) =>
    run.then(
      () => {
        setError(null);
        clearUnreadable();
      },
      (err: unknown) => setError(`Could not save: ${String(err)}`),
    );
  const update = (change: OptionsChange) => void saved(updateOptions(change));
  const toggleKind = (k: PaddingKind, on: boolean) =>
    update((latest) => ({ kindsOff: on ? latest.kindsOff.filter((x) => x !== k) : [...latest.kindsOff, k] }));

  return (
    <main>
      <h1>Winnow options</h1>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {unreadable.length > 0 && (
        <p class="notice" role="status" data-testid="unreadable-options">
          Some saved options could not be read, so these show their defaults: {unreadable.map((k) => OPTION_NAME[k]).join(', ')}. Nothing
          has been changed yet; the next option you change saves everything as shown here.
        </p>
      )}
      <fieldset>
        <legend>Key points</legend>
        <div class="row" role="radiogroup" aria-label="Summary length">
          {LENGTHS.map((l) => (
            <label key={l.id}>
              <input type="radio" name="length" checked={options.points === l.points} onChange={() => update({ points: l.points })} />
              {l.label} ({l.points})
            </label>
          ))}
        </div>
        <label>
          Or exactly
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
          key points
        </label>
      </fieldset>
      <fieldset>
        <legend>Padding sensitivity</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s}>
            <input type="radio" name="sensitivity" checked={options.sensitivity === s} onChange={() => update({ sensitivity: s })} />
            {SENSITIVITY[s].label} <span class="muted">— {SENSITIVITY[s].hint}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Kinds of padding to mark</legend>
        <div class="kinds">
          {PADDING_KINDS.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                checked={!options.kindsOff.includes(k)}
                onChange={(e) => toggleKind(k, e.currentTarget.checked)}
              />
              {KIND_LABEL[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>In the page</legend>
        <label>
          <input
            type="checkbox"
            checked={options.highlightInPage}
            data-testid="highlight-in-page"
            onChange={(e) => update({ highlightInPage: e.currentTarget.checked })}
          />
          Highlight key points and dim padding in the page when Winnow opens
        </label>
        <p class="hint muted">
          Uses the browser’s highlight layer: the page itself is not changed, and reloading it clears the highlights.
          You can also switch this on for one page from the popup.
        </p>
      </fieldset>
      <fieldset>
        <legend>Saving</legend>
        <label>
          <input type="checkbox" checked={options.autoSave} onChange={(e) => update({ autoSave: e.currentTarget.checked })} />
          Save every article I open with Winnow
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.keepMarkedText}
            onChange={(e) => update({ keepMarkedText: e.currentTarget.checked })}
          />
          Keep the marked text in saved summaries
        </label>
        <p class="hint muted" data-testid="marked-cost">
          {library?.markedCost
            ? `Keeping it costs about ${kb(library.markedCost)} per page in your library.`
            : 'Keeping it costs a few kilobytes per page.'}
        </p>
        <label>
          Keep at most
          <select
            value={String(options.libraryLimit)}
            onChange={(e) => update({ libraryLimit: Number(e.currentTarget.value) })}
            data-testid="library-limit"
          >
            {LIBRARY_LIMITS.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
          saved summaries
        </label>
        <p class="hint muted">
          When the library is full, the oldest unpinned summaries make room.
          {library && ` Now: ${library.count} saved, ${kb(library.bytes)} of ${kb(BYTE_BUDGET)}.`}
        </p>
      </fieldset>
      <SidePanelSettings options={options} update={update} />
      <ShortcutSettings />
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t}>
            <input type="radio" name="theme" checked={options.theme === t} onChange={() => update({ theme: t })} />
            {THEME_LABEL[t]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Reset</legend>
        <div class="row">
          <button type="button" onClick={() => void saved(resetOptions())}>
            Reset options to defaults
          </button>
        </div>
        <p class="hint muted">Saved summaries are kept.</p>
        <DangerZone count={library?.count ?? 0} onDeleted={refreshLibrary} />
      </fieldset>
    </main>
  );
}
