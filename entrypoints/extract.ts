import { extractArticle } from '@/utils/extract';

/**
 * Injected into the active tab by the popup through `scripting.executeScript`. It reads the page
 * (Readability works on a clone) and returns plain data; it changes nothing and keeps nothing.
 */
export default defineUnlistedScript(() => extractArticle(document, { url: location.href }));
