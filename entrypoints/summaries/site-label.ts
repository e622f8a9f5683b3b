import { t } from '@/components/i18n';
import { UNKNOWN_SITE } from '@/utils/storage/library';

/** A site as the reader sees it: pages without a site name are grouped under one key, said in their language. */
export function siteLabel(site: string): string {
  return site === UNKNOWN_SITE ? t('unknownSite') : site;
}
