import { render } from 'preact';
import '../../components/ui.css';
import './report.css';
import { setupPageLanguage } from '../../components/page-setup';
import { ReportPage } from './ReportPage';

const root = document.getElementById('app');
if (root) {
  void setupPageLanguage()
    .catch(() => undefined)
    .then(() => render(<ReportPage />, root));
}
