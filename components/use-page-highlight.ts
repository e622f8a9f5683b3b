import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, PaddingKind } from '@/utils/analysis/types';
import type { HighlightReply, HighlightSentence } from '@/utils/highlight/in-page';
import { t, tn } from './i18n';
import { highlightCommand } from './page-highlight';

export interface PageHighlight {
  on: boolean;
  setOn: (on: boolean) => void;
  /** What the last command did, for the reader ("5 key points highlighted…"), or an error. */
  status: { text: string; error: boolean } | null;
  busy: boolean;
  /** Scrolls the page to key point `i` and flashes it. */
  reveal: (i: number) => void;
}

/** The sentences to show in the page: key points, and padding of the kinds not switched off. */
function pageSentences(analysis: Analysis, hidden: ReadonlySet<PaddingKind>): HighlightSentence[] {
  const key = new Set(analysis.keyPoints.flatMap((k) => k.sentences));
  return analysis.sentences.flatMap((s): HighlightSentence[] => {
    if (key.has(s.index)) return [{ index: s.index, text: s.text, role: 'key' }];
    if (s.padding && !hidden.has(s.padding.kind)) return [{ index: s.index, text: s.text, role: 'padding' }];
    return [];
  });
}

function describe(reply: HighlightReply, analysis: Analysis, sentences: HighlightSentence[]): { text: string; error: boolean } {
  if (!reply.ok) {
    return { text: t(reply.reason === 'unsupported' ? 'highlightUnsupported' : 'highlightNotFound'), error: true };
  }
  const keys = tn('highlightKeys', analysis.keyPoints.length);
  const padded = tn('highlightPadded', sentences.filter((s) => s.role === 'padding').length);
  const done = t('highlightDone', keys, padded);
  return { text: reply.missing ? `${done} ${tn('highlightMissing', reply.missing)}` : done, error: false };
}

const unreachable = () => ({ text: t('highlightUnreachable'), error: true });

/**
 * The in-page highlight switch. It starts on when the option says so, or when the page still
 * carries highlights from an earlier view (so the switch tells the truth), and follows the kind
 * toggles while on. Its state belongs to one tab: a view that moves to another tab (the side
 * panel follows the active tab) starts again from that tab's own truth.
 */
export function usePageHighlight(
  target: { tabId: number; byDefault: boolean } | null,
  analysis: Analysis,
  hidden: ReadonlySet<PaddingKind>,
): PageHighlight | null {
  // Hooks run in the same order whatever the target: a view with no tab to highlight (a Winnow
  // tab, which does not sit over the page) simply never sends a command.
  const tabId = target?.tabId ?? null;
  const byDefault = target?.byDefault ?? false;
  // Each value is tagged with its tab, so a value from the previous tab is never shown or acted on.
  const [switched, setSwitched] = useState<{ tabId: number; on: boolean } | null>(null);
  const [reported, setStatus] = useState<{ tabId: number; status: PageHighlight['status'] } | null>(null);
  const [busy, setBusy] = useState(false);
  const sentences = useMemo(() => pageSentences(analysis, hidden), [analysis, hidden]);
  // The tab whose first state has been settled: opening a view with highlights off must not touch the page.
  const settled = useRef<number | null>(null);
  // When the option says on, the switch is on from the first frame: waiting for the tab's status
  // would show it off for a moment, then flip it.
  const on = switched && switched.tabId === tabId ? switched.on : tabId !== null && byDefault ? true : null;
  const status = reported && reported.tabId === tabId ? reported.status : null;

  useEffect(() => {
    if (tabId === null || byDefault) return;
    let current = true;
    highlightCommand(tabId, { command: 'status' }).then(
      (reply) => current && setSwitched({ tabId, on: reply.ok && reply.active }),
      () => current && setSwitched({ tabId, on: false }),
    );
    return () => {
      current = false;
    };
  }, [tabId, byDefault]);

  useEffect(() => {
    if (on === null || tabId === null) return;
    if (settled.current !== tabId) {
      settled.current = tabId;
      if (!on) return;
    }
    setBusy(true);
    const cmd = on ? ({ command: 'apply', sentences } as const) : ({ command: 'clear' } as const);
    highlightCommand(tabId, cmd)
      .then(
        (reply) => setStatus({ tabId, status: on ? describe(reply, analysis, sentences) : null }),
        () => setStatus({ tabId, status: unreachable() }),
      )
      .finally(() => setBusy(false));
  }, [on, sentences, tabId]);

  const reveal = (i: number) => {
    const point = analysis.keyPoints[i];
    if (!point || tabId === null) return;
    highlightCommand(tabId, { command: 'reveal', sentences, target: point.sentence }).then(
      (reply) => {
        if (!reply.ok) setStatus({ tabId, status: describe(reply, analysis, sentences) });
      },
      () => setStatus({ tabId, status: unreachable() }),
    );
  };

  const setOn = (value: boolean) => {
    if (tabId !== null) setSwitched({ tabId, on: value });
  };
  return tabId === null ? null : { on: on ?? false, setOn, status, busy, reveal };
}
