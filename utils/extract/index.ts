export { extractArticle, MAX_ARTICLE_WORDS } from './extract-article';
export { countWords, gateFacts, judgeReading, MIN_ARTICLE_WORDS } from './gate';
export type { GateFacts, GateVerdict } from './gate';
export type { ExtractOptions } from './extract-article';
export { blocksFromElement, normalizeText } from './blocks';
export type { Article, Block, BlockKind, ExtractResult, ExtractFailure, ReadingEngine } from './types';
export { countTextWords } from './scripts';
export { parseExtractResult } from './validate';
export { articleFromText } from './plain-text';
