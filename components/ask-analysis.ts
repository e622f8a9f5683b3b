import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import type { Article } from '@/utils/extract/types';
import { parseAnalyzeReply, type AnalyzeReply, type AnalyzeRequestOptions } from '@/utils/messages';

/**
 * The analysis runs in the background (it carries the cue lists and would make the popup slow to
 * load); the popup sends the article there and draws the answer.
 */

/** The 1 MB article takes well under this; past it the background is stuck, not slow. */
const ANALYSIS_TIMEOUT_MS = 30_000;

const UNREACHABLE = 'Winnow’s background did not answer. Try again; if it keeps happening, reload the extension.';

/** Wakes the background (a stopped service worker takes a moment to start) while the page is read. */
export function warmBackground(): void {
  void browser.runtime.sendMessage({ type: 'warm' }).catch(() => {});
}

export async function requestAnalysis(article: Article, options: AnalyzeRequestOptions): Promise<AnalyzeReply> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ANALYSIS_TIMEOUT_MS);
  });
  try {
    const raw: unknown = await Promise.race([browser.runtime.sendMessage({ type: 'analyze', article, options }), timedOut]);
    if (raw === 'timeout') return { ok: false, message: 'The analysis took too long. Try again in a moment.' };
    if (raw === undefined) return { ok: false, message: UNREACHABLE };
    return parseAnalyzeReply(raw) ?? { ok: false, message: 'Winnow’s background sent back something the popup could not understand.' };
  } catch {
    return { ok: false, message: UNREACHABLE };
  } finally {
    clearTimeout(timer);
  }
}

export type AnalysisState = { state: 'loading' } | { state: 'ready'; analysis: Analysis } | { state: 'error'; message: string };

/**
 * The analysis for the current options, asked again whenever they change. The last answer stays on
 * screen while a new one is on its way, so a change of options does not flash the loading view.
 * `attempt` is bumped by "Try again".
 */
export function useAnalysis(article: Article, options: AnalyzeRequestOptions, attempt: number): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ state: 'loading' });
  const { points, sensitivity, kinds } = options;
  useEffect(() => {
    let current = true;
    setState((prev) => (prev.state === 'error' ? { state: 'loading' } : prev));
    void requestAnalysis(article, { points, sensitivity, kinds }).then((reply) => {
      if (current) setState(reply.ok ? { state: 'ready', analysis: reply.analysis } : { state: 'error', message: reply.message });
    });
    return () => {
      current = false;
    };
  }, [article, points, sensitivity, kinds.join(','), attempt]);
  return state;
}
