import '@/assets/theme.css';
import '@/assets/library.css';
import { render } from 'preact';
import { t, uiLanguage } from '@/lib/i18n';
import { LibraryApp } from '@/lib/library/library-app';

document.documentElement.lang = uiLanguage();
document.title = t('libraryTitle');
const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
