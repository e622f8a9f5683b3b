export { extractArticle } from './extract-article';
export { countWords, MAX_ARTICLE_WORDS } from './article-text';
export { judgeReading } from './gate';
export type { GateFacts, GateVerdict } from './gate';
export { blocksFromElement } from './blocks';
export type { Article, Block, ExtractResult } from './types';
export { parseExtractResult } from './validate';
export { articleFromText } from './plain-text';
