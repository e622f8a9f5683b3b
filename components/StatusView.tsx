import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  message?: string;
  busy?: boolean;
  children?: ComponentChildren;
}

/** A whole-popup message: loading, not an article, a page the browser forbids, or an error. */
export function StatusView({ title, message, busy, children }: Props) {
  return (
    // The whole page is this message, so it is the page's main landmark.
    <main class="status">
      <div role={busy ? 'status' : 'alert'} aria-busy={busy ? 'true' : undefined}>
        {busy && <div class="spinner" aria-hidden="true" />}
        <h1>{title}</h1>
        {message && <p>{message}</p>}
        {children}
      </div>
    </main>
  );
}
