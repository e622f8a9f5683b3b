import { describeCorpusPages } from '../support/corpus-harness';

describeCorpusPages(1, 4);
