import type { Theme } from '@/utils/storage/options';

/** `system` leaves the choice to `prefers-color-scheme`; the others force it. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
