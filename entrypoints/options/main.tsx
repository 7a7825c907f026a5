import '@/assets/theme.css';
import '@/assets/popup.css';
import { render } from 'preact';
import { OptionsApp } from '@/lib/options/options-app';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
