import { render } from 'preact';
import '@/components/styles.css';
import './options.css';
import { localisePage, t } from '@/components/i18n';
import { App } from './App';

localisePage(t('optionsTitle'));

render(<App />, document.getElementById('app')!);
