import { browser } from 'wxt/browser';
import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { openWorkspace } from '@/components/adapters/open-workspace';
import { requestFill } from '@/components/adapters/page-access';
import { KkfzDb } from '@/lib/storage/db';
import '@/components/styles.css';

// The click on the toolbar button granted activeTab on the current tab; the workspace (opened while the click
// still counts as a user gesture) hears of the request when it arrives.
async function fillThisPage() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await Promise.all([tab?.id !== undefined ? requestFill(tab.id) : undefined, openWorkspace()]);
}

render(
  <Popup
    db={new KkfzDb()}
    openWorkspace={async () => void (await openWorkspace())}
    openOptions={() => browser.runtime.openOptionsPage()}
    fillThisPage={fillThisPage}
  />,
  document.getElementById('app')!,
);
