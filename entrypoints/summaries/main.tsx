import { render } from 'preact';
import '@/components/styles.css';
import './summaries.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
