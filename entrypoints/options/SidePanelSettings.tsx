import { useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import type { Options } from '@/utils/storage/options';

/** The host patterns the manifest offers as optional: the whole web, never granted as such by Winnow. */
const WHOLE_WEB = new Set(['http://*/*', 'https://*/*', '<all_urls>']);

/** "https://news.example/*" → "news.example (https)". */
function siteName(origin: string): string {
  const m = /^(\w+):\/\/([^/]+)\//.exec(origin);
  return m ? `${m[2]}${m[1] === 'http' ? ' (http)' : ''}` : origin;
}

/** The sites the reader allowed (from the side panel or "Winnow this link"), kept live. */
function useAllowedSites(): [string[] | null, (origin: string) => void] {
  const [sites, setSites] = useState<string[] | null>(null);
  useEffect(() => {
    const read = () =>
      void browser.permissions.getAll().then(
        (all) => setSites((all.origins ?? []).filter((o) => !WHOLE_WEB.has(o)).sort()),
        () => setSites([]),
      );
    read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);
  const remove = (origin: string) => void browser.permissions.remove({ origins: [origin] }).catch(() => {});
  return [sites, remove];
}

/** The side panel's one setting, and the sites it applies to. */
export function SidePanelSettings({ options, update }: { options: Options; update: (patch: Partial<Options>) => void }) {
  const [sites, remove] = useAllowedSites();
  return (
    <fieldset>
      <legend>{t('sidePanelLegend')}</legend>
      <label>
        <input
          type="checkbox"
          checked={options.panelAutoRead}
          data-testid="panel-auto-read"
          onChange={(e) => update({ panelAutoRead: e.currentTarget.checked })}
        />
        {t('panelAutoReadOption')}
      </label>
      <p class="hint muted">{t('panelAutoReadHint')}</p>
      {sites && sites.length > 0 && (
        <>
          <p class="hint muted" id="allowed-sites">
            {t('allowedSites')}
          </p>
          <ul class="sites" aria-labelledby="allowed-sites" data-testid="allowed-sites">
            {sites.map((origin) => (
              <li key={origin}>
                {siteName(origin)}{' '}
                <button type="button" class="small" aria-label={t('removeSite', siteName(origin))} onClick={() => remove(origin)}>
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
