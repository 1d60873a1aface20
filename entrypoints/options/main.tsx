import { render } from 'preact';
import { OptionsForm } from '@/components/OptionsForm';
import { KkfzDb } from '@/lib/storage/db';
import '@/components/styles.css';

render(<OptionsForm db={new KkfzDb()} />, document.getElementById('app')!);
