import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint config is the guarantee that no extension code parses page text as HTML or runs it as
 * code (the UI renders text nodes only, so there is nothing for a sanitiser to do). Each banned
 * form is linted as if it were UI code and must be reported.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath = 'components/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  // A parse error has no rule id: it would "fail" lint for the wrong reason, so it shows as such.
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? `parse error: ${m.message}`);
}

describe('lint forbids every way of turning page text into markup or code', () => {
  const BANS = ['no-restricted-syntax', 'no-eval', 'no-implied-eval', 'no-new-func', 'no-script-url'];
  it.each([
    ['innerHTML', 'export const f = (el: Element, t: string) => { el.innerHTML = t; };'],
    ['outerHTML', 'export const f = (el: Element, t: string) => { el.outerHTML = t; };'],
    ['insertAdjacentHTML', "export const f = (el: Element, t: string) => el.insertAdjacentHTML('beforeend', t);"],
    ['createContextualFragment', 'export const f = (t: string) => document.createRange().createContextualFragment(t);'],
    ['DOMParser', "export const f = (t: string) => new DOMParser().parseFromString(t, 'text/html');"],
    ['setHTMLUnsafe', 'export const f = (el: Element, t: string) => (el as unknown as { setHTMLUnsafe(s: string): void }).setHTMLUnsafe(t);'],
    ['document.write', 'export const f = (t: string) => document.write(t);'],
    ['dangerouslySetInnerHTML', 'export const C = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;'],
    ['srcdoc', 'export const C = ({ t }: { t: string }) => <iframe srcdoc={t} />;'],
    ['eval', 'export const f = (t: string) => eval(t);'],
    ['a string timer', "export const f = () => setTimeout('alert(1)', 0);"],
    ['new Function', "export const f = (t: string) => new Function('x', t);"],
    ['a javascript: URL', "export const href = 'javascript:void 0';"],
  ])('reports %s in UI code', async (_name, code) => {
    const found = await problems(code);
    expect(found.length, found.join(', ')).toBeGreaterThan(0);
    for (const rule of found) expect(BANS).toContain(rule);
  });

  it('reports it in entrypoints and utils too', async () => {
    const code = 'export const f = (el: Element, t: string) => { el.innerHTML = t; };';
    expect(await problems(code, 'entrypoints/popup/Probe.tsx')).toEqual(['no-restricted-syntax']);
    expect(await problems(code, 'utils/probe.ts')).toEqual(['no-restricted-syntax']);
  });

  it('lets text rendering through', async () => {
    expect(await problems('export const C = ({ t }: { t: string }) => <p title={t}>{t}</p>;')).toEqual([]);
    expect(await problems('export const f = (el: Element, t: string) => { el.textContent = t; };')).toEqual([]);
  });
});
