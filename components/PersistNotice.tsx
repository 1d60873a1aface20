// The notice that the browser may clear the stored reports (persistent storage refused), with a button to
// dismiss it for good: it says nothing new the second time.
import { useEffect, useState } from 'preact/hooks';
import type { Strings } from './i18n';
import { browserNoticeMemory, type NoticeMemory } from './adapters/watch-storage';

export function PersistNotice({ t, memory = browserNoticeMemory }: { t: Strings; memory?: NoticeMemory }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    memory.dismissed().then(
      (dismissed) => live && setShown(!dismissed),
      () => live && setShown(true),
    );
    return () => {
      live = false;
    };
  }, [memory]);
  if (!shown) return null;
  return (
    <div class="banner info" data-testid="storage-not-persisted">
      <span>{t.storage.notPersisted}</span>
      <button
        type="button"
        class="link"
        onClick={() => {
          setShown(false);
          void memory.dismiss().catch(() => undefined);
          // the button is gone: keep the keyboard user's place at the open tab
          document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
        }}
      >
        {t.storage.dismiss}
      </button>
    </div>
  );
}
