import { render } from 'preact';
import { App } from '@/components/App';
import { analyseInWorker } from '@/components/import/analyse-in-worker';
import { KkfzDb } from '@/lib/storage/db';
import { BLOCKED, type StorageProblem } from '@/lib/storage/errors';
import '@/components/styles.css';

const db = new KkfzDb();
const root = document.getElementById('app')!;
let notice: StorageProblem | null = null;
let persisted = true;
const show = () => render(<App db={db} analyse={analyseInWorker} notice={notice} persisted={persisted} />, root);

// An older panel still has the database open: the upgrade waits until it closes. Say so instead of a blank panel.
db.on('blocked', () => {
  notice = BLOCKED;
  show();
});
// unlimitedStorage keeps the data from eviction in Chrome; persist() asks the same of other browsers.
navigator.storage?.persist?.().then(
  (granted) => {
    persisted = granted;
    show();
  },
  () => undefined,
);
show();
