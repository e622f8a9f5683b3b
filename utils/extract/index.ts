export { extractArticle, countWords, MIN_ARTICLE_WORDS } from './extract-article';
export type { ExtractOptions } from './extract-article';
export { blocksFromElement, normalizeText } from './blocks';
export type { Article, Block, BlockKind, ExtractResult, ExtractFailure } from './types';
export { parseExtractResult } from './validate';
export { articleFromText } from './plain-text';
