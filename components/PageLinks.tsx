import { t } from './i18n';

/**
 * "Saved summaries" and "Options": where to go from any view. Each opens a page of its own; what
 * the view does next (the popup closes, a tab or the side panel stays) is the host's business.
 */
export function PageLinks({ onOpened }: { onOpened?: () => void }) {
  const openSummaries = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/summaries.html') });
    onOpened?.();
  };
  const openOptions = () => {
    void browser.runtime.openOptionsPage();
    onOpened?.();
  };
  return (
    <>
      <button type="button" class="linkish" onClick={openSummaries}>
        {t('savedSummaries')}
      </button>
      <button type="button" class="linkish" onClick={openOptions}>
        {t('options')}
      </button>
    </>
  );
}
