// The `stopword` package ships no types; only the per-language lists we import are declared.
declare module 'stopword' {
  export const eng: string[];
  export const spa: string[];
  export const fra: string[];
  export const deu: string[];
  export const por: string[];
  export const ita: string[];
  export const nld: string[];
}
