import { useEffect, useState } from 'preact/hooks';
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
      <legend>Side panel</legend>
      <label>
        <input
          type="checkbox"
          checked={options.panelAutoRead}
          data-testid="panel-auto-read"
          onChange={(e) => update({ panelAutoRead: e.currentTarget.checked })}
        />
        Read each tab automatically once I have allowed this site
      </label>
      <p class="hint muted">
        The side panel follows the tab you are on. It reads a tab when you click Winnow’s toolbar button or press its shortcut
        there; with this on, it also reads every page of a site you allowed, without a click. The panel offers to allow the site
        it shows.
      </p>
      {sites && sites.length > 0 && (
        <>
          <p class="hint muted" id="allowed-sites">
            Sites you allowed:
          </p>
          <ul class="sites" aria-labelledby="allowed-sites" data-testid="allowed-sites">
            {sites.map((origin) => (
              <li key={origin}>
                {siteName(origin)}{' '}
                <button type="button" class="small" aria-label={`Remove ${siteName(origin)}`} onClick={() => remove(origin)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
