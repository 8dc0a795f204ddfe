import { browser } from 'wxt/browser';
import { downloadText, exportFileName } from '../../components/download';
import { t } from '../../components/i18n';
import { sendMessage } from '../../components/messaging';
import { doneResults } from '../../components/status';
import { pageCsv, pageJson, type ExportedPage } from '../../lib/export/page-export';
import type { TabState } from '../../lib/protocol/schemas';

export function exportedPage(tab: TabState): ExportedPage {
  return { pageUrl: tab.pageUrl, personName: tab.personName, results: doneResults(tab.items) };
}

/**
 * The page as the background has it at the click: what came after the popup's last poll (the page's
 * person, sent once the page's overlay has loaded) is in the file too.
 */
async function latestPage(tab: TabState): Promise<ExportedPage> {
  const reply = await sendMessage({ type: 'get-tab', tabId: tab.tabId }, 4000).catch(() => undefined);
  const latest = reply?.tab ? exportedPage(reply.tab) : undefined;
  return latest && latest.results.length > 0 ? latest : exportedPage(tab);
}

/** Evidence a recruiter can file: the page's results as CSV or JSON, or a printable report page. */
export function ExportTools({ tab }: { tab: TabState }) {
  const page = exportedPage(tab);
  if (page.results.length === 0) return null;
  const now = Date.now();
  return (
    <section class="bl-export-tools" aria-label={t('export_group')}>
      <button
        type="button"
        class="bl-button"
        data-testid="export-csv"
        onClick={() =>
          void latestPage(tab).then((latest) =>
            downloadText(exportFileName(latest.pageUrl, now, 'csv'), pageCsv(latest), 'text/csv;charset=utf-8'),
          )
        }
      >
        {t('export_csv')}
      </button>
      <button
        type="button"
        class="bl-button"
        data-testid="export-json"
        onClick={() =>
          void latestPage(tab).then((latest) =>
            downloadText(
              exportFileName(latest.pageUrl, now, 'json'),
              `${JSON.stringify(pageJson(latest, Date.now()), null, 2)}\n`,
              'application/json',
            ),
          )
        }
      >
        {t('export_json')}
      </button>
      <button
        type="button"
        class="bl-button"
        data-testid="open-report"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?tabId=${tab.tabId}`) })}
      >
        {t('export_report')}
      </button>
    </section>
  );
}
