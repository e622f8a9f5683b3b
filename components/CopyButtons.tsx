import { useEffect, useRef, useState } from 'preact/hooks';
import { formatKeyPoints, type CopyFormat, type CopySource } from '@/utils/copy-format';
import { t } from './i18n';

/** Long enough to be read, short enough that a second copy shows its own confirmation. */
const CONFIRM_MS = 2500;

type CopyState = { ok: true; format: CopyFormat } | { ok: false; message: string } | null;

interface Props {
  source: CopySource;
  /** Id of the element that names the summary, where several are on one page (its title). */
  describedBy?: string;
}

/**
 * Copy the key points as plain text or as Markdown. The buttons keep their names; what happened
 * shows beside them ("Copied") and is announced, and a refusal says why.
 */
export function CopyButtons({ source, describedBy }: Props) {
  const [state, setState] = useState<CopyState>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async (format: CopyFormat) => {
    clearTimeout(timer.current);
    setState(null);
    try {
      // From the extension's own page, on the reader's click: no clipboard permission is needed.
      await navigator.clipboard.writeText(formatKeyPoints(source, format));
      setState({ ok: true, format });
      timer.current = setTimeout(() => setState(null), CONFIRM_MS);
    } catch (err) {
      setState({ ok: false, message: t('copyFailed', err instanceof Error ? err.message : String(err)) });
    }
  };

  return (
    <span class="copy">
      <button type="button" data-testid="copy-text" aria-describedby={describedBy} title={t('copyTitle')} onClick={() => void copy('text')}>
        {t('copy')}
      </button>
      <button
        type="button"
        data-testid="copy-markdown"
        aria-describedby={describedBy}
        title={t('copyMarkdownTitle')}
        onClick={() => void copy('markdown')}
      >
        {t('copyMarkdown')}
      </button>
      <span class={state?.ok === false ? 'copy-status error' : 'copy-status'} role="status" data-testid="copy-status">
        {state === null ? '' : state.ok ? t(state.format === 'markdown' ? 'copiedMarkdown' : 'copied') : state.message}
      </span>
    </span>
  );
}
