import { describeCorpusPages } from '../support/corpus-harness';

describeCorpusPages(0, 4);
