import { readFileSync } from 'node:fs';
import { analyze } from '../../utils/analysis';
import { analysisParts } from '../../utils/analysis/analyze';
import { modelRows, paddingChances, markByModel } from '../../utils/analysis/model/padding-model';
import { keyFactScores } from '../../utils/analysis/model/key-fact-model';
import { loadBbc } from '../../bench/datasets';
const paras = loadBbc('/work/shared/bench-data/bbc-news-summary/bbc-news-summary.sample500.jsonl').flatMap((d) => d.paragraphs);
const blocks = [] as { kind: 'paragraph'; text: string }[];
let w = 0;
for (let i = 0; w < 100000; i++) { const t = paras[i % paras.length]!; blocks.push({ kind: 'paragraph', text: t }); w += t.split(/\s+/).length; }
const input = { title: '', lang: 'en', blocks };
for (let r = 0; r < 3; r++) analyze(input);
const T = (name: string, f: () => unknown) => { const t0 = performance.now(); const x = f(); console.log(name, (performance.now() - t0).toFixed(1)); return x; };
T('analyze', () => analyze(input));
const parts = T('parts', () => analysisParts(input)) as ReturnType<typeof analysisParts>;
const rows = T('rows', () => modelRows(parts.inputs)) as Float64Array[];
const ch = T('chances', () => paddingChances(rows)) as Float64Array;
T('mark', () => markByModel(parts.inputs, parts.rules.marks, parts.rules.evidence, 'balanced', undefined, rows, ch));
T('kf', () => keyFactScores(rows));
