import { describeCorpusPages } from '../support/corpus-harness';

describeCorpusPages(3, 4);
