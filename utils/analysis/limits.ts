/**
 * Limits the UI needs without the analysis itself: the popup and options pages import these, and a
 * module of its own keeps the bundler from pulling the analysis (and its cue lists) in with them.
 */
export const MAX_POINTS = 15;
