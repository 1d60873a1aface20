import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Pages are only read when the user asks: activeTab (a click on the toolbar button) plus scripting. A portal's
// origin is remembered only after the browser's own permission prompt, hence optional host permissions.
const PORTALS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  // Every module imports what it uses (`browser` from 'wxt/browser'), so tsc, eslint and tsx need no generated
  // declarations of globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, mode }) => ({
    name: 'KKFZ-assistent',
    description:
      'Controleer je kwaliteitsverslag tegen het Kwaliteitskader Forensische Zorg — alles blijft op je eigen computer.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    ...(browser === 'firefox' ? { optional_permissions: PORTALS } : { optional_host_permissions: PORTALS }),
    // The end-to-end build (`wxt build --mode e2e`) may read the local test pages: a toolbar click, which grants
    // activeTab, cannot be made from a test. Every other step of reading and filling is the same.
    ...(mode === 'e2e' && { host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'] }),
    action: { default_title: 'KKFZ-assistent' },
    // Firefox's sidebar has a toggle command of its own
    ...(browser !== 'firefox' && {
      commands: {
        'open-workspace': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open de KKFZ-werkruimte' },
      },
    }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'kkfz-assistent@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
