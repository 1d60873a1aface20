import { render } from 'preact';
import { App } from '@/components/App';
import { analyseInWorker } from '@/components/adapters/analyse-in-worker';
import { templateInWorker } from '@/components/adapters/template-in-worker';
import { watchStorage, type StorageState } from '@/components/adapters/watch-storage';
import { KkfzDb } from '@/lib/storage/db';
import '@/components/styles.css';

const db = new KkfzDb();
const root = document.getElementById('app')!;
const show = ({ notice, persisted }: StorageState) =>
  render(
    <App db={db} analyse={analyseInWorker} templates={templateInWorker} notice={notice} persisted={persisted} />,
    root,
  );
watchStorage(db, navigator.storage, show);
show({ notice: null, persisted: true });
