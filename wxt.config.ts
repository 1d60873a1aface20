import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'KKFZ-assistent',
    description: 'Controleer je kwaliteitsverslag tegen het Kwaliteitskader Forensische Zorg — alles blijft op je eigen computer.',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'KKFZ-assistent' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'kkfz-assistent@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
