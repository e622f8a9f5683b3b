import { articleFromSelection } from '@/utils/extract/selection';

/**
 * Injected by the background into the frame where the reader right-clicked a selection
 * ("Winnow the selection"), with the grant that menu click gives. It reads the selected part of
 * the page and returns plain data; it changes nothing and keeps nothing.
 */
export default defineUnlistedScript(() => {
  const selection = document.getSelection();
  const ranges: Range[] = [];
  for (let i = 0; selection && i < selection.rangeCount; i++) ranges.push(selection.getRangeAt(i));
  return articleFromSelection(document, ranges, location.href);
});
