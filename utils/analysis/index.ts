export { analyze } from './analyze';
export type { AnalysisInput } from './analyze';
export { STATIC_RULES } from './padding/mark-padding';
export * from './types';
export * from './vocabulary';
