import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../components/dates';
import { t, useLocale } from '../../components/i18n';
import { sendMessage } from '../../components/messaging';
import { PagePersonContext } from '../../components/page-person';
import { ResultCard } from '../../components/ResultCard';
import { tabIdFromSearch } from '../../components/tab-url';
import type { TabItem, TabState } from '../../lib/protocol/schemas';
import { candidateText, sha256Hex } from './candidate-hash';

function ReportItem({ item }: { item: TabItem }) {
  const [hash, setHash] = useState<string>();
  useEffect(() => {
    void sha256Hex(candidateText(item.candidate)).then(setHash);
  }, [item]);
  return (
    <>
      {item.results.map((result, index) => (
        <section key={`${item.ref}:${index}`} class="bl-report-item" data-testid="report-result" data-status={result.status}>
          <ResultCard result={result} headingLevel={2} />
          <p class="bl-report-hash">
            <span class="bl-label">{t('report_hash')}</span> <code data-testid="report-hash">{hash ?? '…'}</code>
          </p>
        </section>
      ))}
    </>
  );
}

/** `report.html?tabId=N`: a tab's results, print-styled, to save as PDF or print. */
export function ReportPage() {
  const lang = useLocale();
  const tabId = tabIdFromSearch(location.search);
  const [tab, setTab] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return setTab(null);
    void sendMessage({ type: 'get-tab', tabId }, 5000)
      .then((reply) => setTab(reply.tab))
      .catch(() => setTab(null));
  }, [tabId]);
  const items = tab?.items.filter((i) => i.state === 'done' && i.results.length > 0) ?? [];
  const checked = items
    .flatMap((i) => i.results.map((r) => r.checkedAt))
    .sort()
    .at(-1);
  return (
    <main class="bl-report">
      <header class="bl-report-head">
        <h1>{t('report_title')}</h1>
        <button type="button" class="bl-button bl-report-print" onClick={() => window.print()}>
          {t('report_print')}
        </button>
      </header>
      {tab ? (
        <dl class="bl-facts bl-report-facts">
          <dt>{t('report_page')}</dt>
          <dd data-testid="report-page-url">{tab.pageUrl}</dd>
          {checked ? (
            <>
              <dt>{t('report_checked')}</dt>
              <dd data-testid="report-checked">
                {formatDate(checked, lang)} ({checked})
              </dd>
            </>
          ) : null}
          {tab.personName ? (
            <>
              <dt>{t('report_person')}</dt>
              <dd>{tab.personName}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {tab === null || (tab && items.length === 0) ? <p>{t('report_none')}</p> : null}
      <PagePersonContext.Provider value={tab?.personName}>
        {items.map((item) => (
          <ReportItem key={item.ref} item={item} />
        ))}
      </PagePersonContext.Provider>
    </main>
  );
}
