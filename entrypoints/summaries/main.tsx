import { render } from 'preact';
import '@/components/styles.css';
import './summaries.css';
import { localisePage, t } from '@/components/i18n';
import { App } from './App';

localisePage(t('summariesTitle'));

render(<App />, document.getElementById('app')!);
