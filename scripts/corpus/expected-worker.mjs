// A worker thread does not inherit the TypeScript loader: it registers tsx itself, then runs the worker.
import { tsImport } from 'tsx/esm/api';

await tsImport('./expected-worker.ts', import.meta.url);
