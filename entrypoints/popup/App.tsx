import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/protocol/schemas';
import type { VerificationResult } from '../../lib/result/types';
import { BrandMark } from '../../components/BrandMark';
import { EmptyState } from '../../components/EmptyState';
import type { VerifyInput } from '../../components/file-input';
import { t, useLocale } from '../../components/i18n';
import { BackgroundError, sendMessage } from '../../components/messaging';
import { PendingRow, ResultRow } from '../../components/ResultRow';
import { BackpackLink } from '../../components/backpack-link';
import { SettledAnnouncement } from '../../components/SettledAnnouncement';
import { countByStatus, doneResults, rowsFor } from '../../components/status';
import { StatusCounts } from '../../components/StatusCounts';
import { Spinner } from '../../components/StatusIcon';
import { isUnscannableUrl, tabIdFromSearch } from '../../components/tab-url';
import { PagePersonContext } from '../../components/page-person';
import { ExportTools } from './ExportTools';
import { SkillsView } from './SkillsView';
import { VerifyInputArea } from '../../components/VerifyInputArea';
import { NotCheckedNote } from './NotCheckedNote';

interface TabTarget {
  tabId: number | undefined;
  url: string | undefined;
  resolved: boolean;
}

async function resolveTarget(): Promise<TabTarget> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== undefined) {
    let url: string | undefined;
    try {
      url = (await browser.tabs.get(fromUrl)).url;
    } catch {
      url = undefined;
    }
    return { tabId: fromUrl, url, resolved: true };
  }
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { tabId: tab?.id, url: tab?.url, resolved: true };
  } catch {
    return { tabId: undefined, url: undefined, resolved: true };
  }
}

interface TabView {
  loaded: boolean;
  tab: TabState | null;
  failures: number;
  refused?: string | undefined;
}

const POLL_PENDING_MS = 1000;
const POLL_IDLE_MS = 2500;

/** Asks the background for the tab's state, every second while anything is pending or unreachable. */
function useTabState(tabId: number | undefined): [TabView, () => void] {
  const [view, setView] = useState<TabView>({ loaded: false, tab: null, failures: 0 });
  const refresh = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (tabId === undefined) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;

    const tick = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      clearTimeout(timer);
      let next = POLL_IDLE_MS;
      try {
        const reply = await sendMessage({ type: 'get-tab', tabId }, 4000);
        if (stopped) return;
        const tab = reply.tab;
        setView({ loaded: true, tab, failures: 0 });
        if (tab?.items.some((item) => item.state === 'pending')) next = POLL_PENDING_MS;
      } catch (error) {
        if (stopped) return;
        next = POLL_PENDING_MS;
        const refused = error instanceof BackgroundError && error.kind === 'refused' ? error.message : undefined;
        setView((prev) => ({ ...prev, failures: prev.failures + 1, refused }));
      } finally {
        running = false;
      }
      if (stopped) return;
      if (again) {
        again = false;
        void tick();
      } else {
        timer = setTimeout(() => void tick(), next);
      }
    };

    refresh.current = () => void tick();
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  return [view, useCallback(() => refresh.current(), [])];
}

function SettingsButton() {
  return (
    <button
      type="button"
      class="bl-icon-button"
      aria-label={t('popup_open_options')}
      title={t('popup_open_options')}
      data-testid="open-options"
      onClick={() => {
        void browser.runtime.openOptionsPage().catch(() => undefined);
      }}
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M8 5.6a2.4 2.4 0 1 0 0 4.8 2.4 2.4 0 0 0 0-4.8zm5.6 3.3l1.1.9-1.3 2.3-1.4-.5c-.4.3-.8.6-1.3.8l-.2 1.4H7.9l-.2-1.4c-.5-.2-.9-.5-1.3-.8l-1.4.5L3.7 9.8l1.1-.9a4.6 4.6 0 0 1 0-1.6l-1.1-.9L5 4.1l1.4.5c.4-.3.8-.6 1.3-.8l.2-1.4h2.6l.2 1.4c.5.2.9.5 1.3.8l1.4-.5 1.3 2.3-1.1.9c.1.5.1 1.1 0 1.6z"
          fill="none"
          stroke="currentColor"
          stroke-width="1.2"
          stroke-linejoin="round"
        />
      </svg>
    </button>
  );
}

function Notice({ testId, title, text, busy }: { testId: string; title: string; text?: string; busy?: boolean }) {
  return (
    <section class="bl-notice" data-testid={testId} role="status">
      <p class="bl-notice-title">
        {busy ? <Spinner /> : null}
        {title}
      </p>
      {text ? <p class="bl-muted">{text}</p> : null}
    </section>
  );
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.host || undefined;
  } catch {
    return undefined;
  }
}

export function App() {
  useLocale();
  const [target, setTarget] = useState<TabTarget>({ tabId: undefined, url: undefined, resolved: false });
  useEffect(() => {
    void resolveTarget().then(setTarget);
  }, []);
  const [view, refresh] = useTabState(target.tabId);

  const items = view.tab?.items ?? [];
  const rows = rowsFor(items);
  const results = doneResults(items);
  const counts = countByStatus(results);
  const pendingCount = items.filter((item) => item.state === 'pending').length;
  const notChecked = view.tab?.notChecked ?? 0;
  const pageHost = hostOf(view.tab?.pageUrl ?? target.url);

  const recheck = (ref: string, anchors?: true) => async () => {
    if (target.tabId === undefined) return;
    try {
      await sendMessage({ type: 'recheck-tab', tabId: target.tabId, ref, ...(anchors ? { anchors } : {}) }, 10_000);
    } finally {
      refresh();
    }
  };

  const save = (ref: string) => async () => {
    if (target.tabId === undefined) return { error: t('popup_no_tab') };
    const reply = await sendMessage({ type: 'backpack-save', tabId: target.tabId, ref }, 30_000);
    return { added: reply.added };
  };

  const saveInput = async (input: VerifyInput) => {
    const reply = await sendMessage({ type: 'backpack-add', input }, 60_000);
    return reply.added + reply.duplicates > 0 ? { added: reply.added > 0 } : { error: reply.problems.join('; ') };
  };

  const verify = async (input: VerifyInput, recipient: string | undefined): Promise<VerificationResult[]> => {
    const reply = await sendMessage({ type: 'verify-input', input, ...(recipient ? { recipient } : {}) }, 120_000);
    return reply.results;
  };

  let body: JSX.Element;
  if (!target.resolved) {
    body = <Notice testId="popup-loading" title={t('popup_loading')} busy />;
  } else if (target.tabId === undefined) {
    body = <Notice testId="no-tab" title={t('popup_no_tab')} />;
  } else if (!view.loaded && view.failures === 0) {
    body = <Notice testId="popup-loading" title={t('popup_loading')} busy />;
  } else if (!view.loaded) {
    body =
      view.failures < 3 ? (
        <Notice testId="background-starting" title={t('popup_starting')} busy />
      ) : (
        <Notice
          testId="background-unreachable"
          title={t('popup_unreachable_title')}
          text={view.refused ? t('popup_background_error', view.refused) : t('popup_unreachable_text')}
          busy
        />
      );
  } else if (!view.tab && isUnscannableUrl(target.url)) {
    body = <Notice testId="not-scannable" title={t('popup_not_scannable_title')} text={t('popup_not_scannable_text')} />;
  } else if (!view.tab) {
    body = <EmptyState hint={target.url ? t('popup_not_scanned_hint') : t('popup_not_scanned_or_internal')} />;
  } else if (rows.length === 0) {
    body = <EmptyState />;
  } else {
    body = (
      <ul class="bl-rows" aria-label={t('popup_list_label')} data-testid="badge-list">
        {rows.map((row) =>
          row.kind === 'pending' ? (
            <PendingRow key={row.key} item={row.item} />
          ) : (
            <ResultRow
              key={row.key}
              result={row.result}
              pending={row.pending}
              testId="badge-result"
              onRecheck={recheck(row.ref)}
              onCheckAnchor={recheck(row.ref, true)}
              onSave={save(row.ref)}
            />
          ),
        )}
      </ul>
    );
  }

  return (
    <div class="bl-popup">
      <header class="bl-popup-header">
        <div class="bl-popup-brand">
          <BrandMark size={22} />
          <div class="bl-popup-titles">
            <h1 class="bl-popup-title">{t('extName')}</h1>
            {pageHost ? <p class="bl-popup-page">{t('popup_results_for', pageHost)}</p> : null}
          </div>
          <BackpackLink class="bl-button bl-popup-backpack" />
          <SettingsButton />
        </div>
        <StatusCounts counts={counts} pending={pendingCount} />
        <NotCheckedNote count={notChecked} />
        {view.tab ? <ExportTools tab={view.tab} /> : null}
        <SkillsView results={results} />
        {view.loaded && view.failures >= 3 ? <p class="bl-popup-stale bl-muted">{t('popup_stale')}</p> : null}
      </header>
      <main class="bl-popup-main">
        <PagePersonContext.Provider value={view.tab?.personName}>{body}</PagePersonContext.Provider>
      </main>
      <SettledAnnouncement items={items} />
      <footer class="bl-popup-input">
        <VerifyInputArea verify={verify} save={saveInput} />
      </footer>
    </div>
  );
}
