import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { kindsShown } from '@/utils/analysis/vocabulary';
import type { Article } from '@/utils/extract/types';
import type { AnalyzeReply, AnalyzeRequestOptions } from '@/utils/messages';
import type { Options } from '@/utils/storage/options';
import { say, t } from './i18n';
import { sendToBackground } from './send-to-background';

/**
 * The analysis runs in the background (it carries the cue lists and would make the popup slow to
 * load); the popup sends the article there and draws the answer.
 */

/** The 1 MB article takes well under this; past it the background is stuck, not slow. */
const ANALYSIS_TIMEOUT_MS = 30_000;

const FAILED = {
  unreachable: 'analysisUnreachable',
  unreadable: 'analysisUnreadable',
  timeout: 'analysisTimeout',
} as const;

/** Wakes the background (a stopped service worker takes a moment to start) while the page is read. */
export function warmBackground(): void {
  void sendToBackground({ type: 'warm' });
}

export async function requestAnalysis(article: Article, options: AnalyzeRequestOptions): Promise<AnalyzeReply> {
  const sent = await sendToBackground({ type: 'analyze', article, options }, ANALYSIS_TIMEOUT_MS);
  return sent.state === 'answered' ? sent.reply : { ok: false, message: t(FAILED[sent.state]) };
}

export type AnalysisState = { state: 'loading' } | { state: 'ready'; analysis: Analysis } | { state: 'error'; message: string };

/**
 * The analysis for the current options, asked again whenever they change. The last answer stays on
 * screen while a new one is on its way, so a change of options does not flash the loading view.
 * `attempt` is bumped by "Try again".
 */
export function useAnalysis(article: Article, options: Pick<Options, 'points' | 'sensitivity' | 'kindsOff'>, attempt: number): AnalysisState {
  const [state, setState] = useState<AnalysisState>({ state: 'loading' });
  const { points, sensitivity } = options;
  const kinds = kindsShown(options.kindsOff);
  useEffect(() => {
    let current = true;
    setState((prev) => (prev.state === 'error' ? { state: 'loading' } : prev));
    void requestAnalysis(article, { points, sensitivity, kinds }).then((reply) => {
      if (current) setState(reply.ok ? { state: 'ready', analysis: reply.analysis } : { state: 'error', message: say(reply.said, reply.message) });
    });
    return () => {
      current = false;
    };
  }, [article, points, sensitivity, kinds.join(','), attempt]);
  return state;
}
