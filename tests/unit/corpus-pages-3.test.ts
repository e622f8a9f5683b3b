import { describeCorpusPages } from '../support/corpus-harness';

describeCorpusPages(2, 4);
