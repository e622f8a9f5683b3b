import { HIGHLIGHT_FOCUS, HIGHLIGHT_KEY, HIGHLIGHT_PADDING } from './in-page';

/**
 * Styles for the in-page highlights, inserted as a user stylesheet (scripting.insertCSS), which
 * adds no element to the page. ::highlight() accepts only colours and decorations: padding is
 * dimmed by its colour, key points get a marker-pen background that reads on light and dark pages.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_KEY}) { background-color: #ffe066; color: #1a1a1a; }
::highlight(${HIGHLIGHT_PADDING}) { color: #8f8f8f; text-decoration: line-through 1px #8f8f8f80; }
::highlight(${HIGHLIGHT_FOCUS}) { background-color: #ffb84d; color: #1a1a1a; }
`;
