import { render } from 'preact';
import '../../components/ui.css';
import './popup.css';
import { setupPageLanguage } from '../../components/page-setup';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  void setupPageLanguage()
    .catch(() => undefined)
    .then(() => render(<App />, root));
}
