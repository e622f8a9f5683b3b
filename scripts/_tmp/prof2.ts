import { analysisParts } from '../../utils/analysis/analyze';
import { loadBbc } from '../../bench/datasets';
const paras = loadBbc('/work/shared/bench-data/bbc-news-summary/bbc-news-summary.sample500.jsonl').flatMap((d) => d.paragraphs);
const blocks = [] as { kind: 'paragraph'; text: string }[];
let w = 0;
for (let i = 0; w < 100000; i++) { const t = paras[i % paras.length]!; blocks.push({ kind: 'paragraph', text: t }); w += t.split(/\s+/).length; }
const input = { title: '', lang: 'en', blocks };
for (let r = 0; r < 4; r++) analysisParts(input);
