import { useEffect, useState } from 'preact/hooks';
import { loadOptions, watchOptions, type Options } from '@/utils/storage/options';
import { applyTheme } from './theme';

/** Current options, kept live: a change made in the options page reaches every open page at once. */
export function useOptions(): Options | null {
  const [options, setOptions] = useState<Options | null>(null);
  useEffect(() => {
    let alive = true;
    void loadOptions().then((o) => alive && setOptions(o));
    const unwatch = watchOptions((o) => setOptions(o));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  useEffect(() => {
    if (options) applyTheme(options.theme);
  }, [options?.theme]);
  return options;
}
