// Every test file starts with an in-memory IndexedDB, and UI tests wait for states without a tight clock:
// CI's two cores are busy, and testing-library's default of one second fails slow machines, not wrong code.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 15_000 });
