// A stored moment as the panel shows it in lists (library, drafts, templates).
import type { Lang } from '@/lib/text/localised';

export const dateTime = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
