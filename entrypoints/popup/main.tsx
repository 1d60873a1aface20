import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { openWorkspace } from '@/components/open-workspace';
import { KkfzDb } from '@/lib/storage/db';
import '@/components/styles.css';

render(<Popup db={new KkfzDb()} openWorkspace={async () => void (await openWorkspace())} openOptions={() => browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
