// Injected into a page only when the user asks (scripting.executeScript from the side panel): collects the
// page's fields, fills the confirmed ones, undoes the fill. It holds no report data and opens no database.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectFields } from '@/lib/fill/collect';
import { fillFields, undoFill, type Snapshot } from '@/lib/fill/execute';
import { FillRequest, type CollectReply, type FillReply, type UndoReply } from '@/lib/fill/protocol';

export default defineUnlistedScript(() => {
  const page = globalThis as { __kkfzFill?: boolean };
  // injecting again (a second "read the form") must not add a second listener
  if (page.__kkfzFill) return;
  page.__kkfzFill = true;
  let elements = new Map<string, HTMLElement>();
  let undo: Snapshot[] = [];

  browser.runtime.onMessage.addListener(
    (raw: unknown, _sender: unknown, reply: (r: CollectReply | FillReply | UndoReply) => void) => {
      const msg = FillRequest.safeParse(raw);
      if (!msg.success) return false;
      if (msg.data.type === 'kkfz-fill:collect') {
        const fields = collectFields(document);
        elements = new Map(fields.map((f) => [f.key, f.element]));
        reply({ url: location.href, title: document.title, fields: fields.map(({ element: _e, ...info }) => info) });
      } else if (msg.data.type === 'kkfz-fill:fill') {
        const result = fillFields(elements, msg.data.entries);
        undo = result.undo;
        reply({ outcomes: result.outcomes });
      } else {
        reply({ restored: undoFill(undo) });
        undo = [];
      }
      return false;
    },
  );
});
