import { useState } from 'preact/hooks';

/** A set of switched-on items (open folds, hidden kinds) and a function that flips one. */
export function useToggleSet<T>(): [ReadonlySet<T>, (item: T) => void] {
  const [set, setSet] = useState<ReadonlySet<T>>(new Set());
  const toggle = (item: T) =>
    setSet((prev) => {
      const next = new Set(prev);
      if (!next.delete(item)) next.add(item);
      return next;
    });
  return [set, toggle];
}
