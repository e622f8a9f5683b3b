import type { ComponentChildren } from 'preact';
import { isHttpUrl } from '@/utils/url';

/** A link to a page's original URL, only when it is http(s); anything else is shown as plain text. */
export function SafeLink({ href, children }: { href: string; children: ComponentChildren }) {
  if (!isHttpUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
