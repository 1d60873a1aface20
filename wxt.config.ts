import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'KKFZ-assistent',
    description: 'Controleer je kwaliteitsverslag tegen het Kwaliteitskader Forensische Zorg — alles blijft op je eigen computer.',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'KKFZ-assistent' },
    // Firefox's sidebar has a toggle command of its own
    ...(browser !== 'firefox' && { commands: { 'open-workspace': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open de KKFZ-werkruimte' } } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'kkfz-assistent@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
