// Storage failures as messages a user can act on. IndexedDB reports them as DOMException or Dexie
// error names; the inner error matters when Dexie wraps it (AbortError around QuotaExceededError).
import type { Localised } from '../text/localised';

export interface StorageProblem extends Localised {
  code: 'quota' | 'blocked' | 'version' | 'unavailable' | 'other';
}

function names(e: unknown): string[] {
  const out: string[] = [];
  for (
    let x = e as { name?: unknown; inner?: unknown } | null | undefined, depth = 0;
    x && depth < 4;
    x = x.inner as typeof x, depth++
  ) {
    if (typeof x.name === 'string') out.push(x.name);
  }
  return out;
}

export function describeStorageError(e: unknown): StorageProblem {
  const n = names(e);
  if (n.includes('QuotaExceededError'))
    return {
      code: 'quota',
      nl: 'De opslag van de browser is vol: er is niets opgeslagen. Verwijder oude concepten in de Bibliotheek of maak ruimte vrij.',
      en: 'Browser storage is full: nothing was saved. Delete old drafts in the Library or free up space.',
    };
  if (n.includes('VersionError'))
    return {
      code: 'version',
      nl: 'De opgeslagen gegevens horen bij een nieuwere versie van de extensie. Werk de extensie bij; er is niets gewijzigd.',
      en: 'The stored data belongs to a newer version of the extension. Update it; nothing was changed.',
    };
  if (n.includes('DatabaseClosedError') || n.includes('InvalidStateError') || n.includes('MissingAPIError'))
    return {
      code: 'unavailable',
      nl: 'De opslag is niet beschikbaar (privévenster of gesloten verbinding). Herlaad het paneel; er is niets gewijzigd.',
      en: 'Storage is not available (private window or closed connection). Reload the panel; nothing was changed.',
    };
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'other', nl: `Opslaan of lezen is mislukt: ${detail}`, en: `Saving or reading failed: ${detail}` };
}

/** Another tab still holds an older version of the database open, so the upgrade waits. */
export const BLOCKED: StorageProblem = {
  code: 'blocked',
  nl: 'De opslag wordt bijgewerkt, maar een ander venster van de KKFZ-assistent houdt hem vast. Sluit de andere vensters of zijpanelen van de extensie.',
  en: 'Storage is being upgraded but another window of the extension holds it. Close the other windows or side panels of the extension.',
};
