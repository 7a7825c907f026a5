import '@/assets/theme.css';
import '@/assets/popup.css';
import { render } from 'preact';
import { App } from '@/lib/popup/app';

const root = document.getElementById('app');
if (root) render(<App />, root);
