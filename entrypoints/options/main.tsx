import { render } from 'preact';
import '../../components/ui.css';
import './options.css';
import { setupPageLanguage } from '../../components/page-setup';
import { Options } from './Options';

const root = document.getElementById('app');
if (root) {
  void setupPageLanguage()
    .catch(() => undefined)
    .then(() => render(<Options />, root));
}
