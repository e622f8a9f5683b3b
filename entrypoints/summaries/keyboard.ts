import type { JSX, RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** "/" anywhere on the page (except while typing in a field) jumps to the search box. */
export function useSlashToSearch(search: RefObject<HTMLInputElement>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      if (!search.current) return;
      e.preventDefault();
      search.current.focus();
      search.current.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The element that stands for an entry when moving by arrow keys: its title link, else its title. */
function titleOf(entry: Element): HTMLElement | null {
  return entry.querySelector<HTMLElement>('.entry-title a') ?? entry.querySelector<HTMLElement>('.entry-title');
}

/** ArrowDown / ArrowUp inside the list move focus to the next / previous entry's title. */
export function moveBetweenEntries(e: JSX.TargetedKeyboardEvent<HTMLUListElement>): void {
  if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (isTyping(e.target) && !(e.target instanceof HTMLInputElement && e.target.type === 'checkbox')) return;
  const entries = [...e.currentTarget.querySelectorAll(':scope > .entry')];
  const here = (e.target as Element).closest('.entry');
  const i = here ? entries.indexOf(here) : -1;
  if (i < 0) return;
  const next = entries[e.key === 'ArrowDown' ? i + 1 : i - 1];
  if (!next) return;
  e.preventDefault();
  titleOf(next)?.focus();
}
