import { render } from 'preact';
import '../../components/ui.css';
import './backpack.css';
import { setupPageLanguage } from '../../components/page-setup';
import { Backpack } from './Backpack';

const root = document.getElementById('app');
if (root) {
  void setupPageLanguage()
    .catch(() => undefined)
    .then(() => render(<Backpack />, root));
}
