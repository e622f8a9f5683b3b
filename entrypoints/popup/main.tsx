import { render } from 'preact';
import '@/components/styles.css';
import './popup.css';
import { localisePage, t } from '@/components/i18n';
import { App } from './App';

localisePage(t('popupTitle'));

render(<App />, document.getElementById('app')!);
