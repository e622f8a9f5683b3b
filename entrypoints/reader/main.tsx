import { render } from 'preact';
import '@/components/styles.css';
import './reader.css';
import { localisePage, t } from '@/components/i18n';
import { App } from './App';

localisePage(t('extName'));

render(<App />, document.getElementById('app')!);
