/**
 * Words for the reader, from code that has no browser: a code naming a message of the
 * interface's catalogue (public/_locales) and what fills its placeholders, in order. The English
 * text travels beside it (`message`), for the command line and wherever the code is not known.
 */
export interface Said {
  code: string;
  args?: (string | number)[];
}

export function said(code: string, ...args: (string | number)[]): Said {
  return args.length ? { code, args } : { code };
}
