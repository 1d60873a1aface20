// A batch's progress as one line on stderr, redrawn in place: only on a terminal (a log or a pipe gets no
// carriage returns) and only once the batch has run for a second, so a short batch never shows it.
import type { Io, Lang } from './common';

export function progressLine(done: number, total: number, lang: Lang): string {
  const pct = Math.floor((done / total) * 100);
  return lang === 'en'
    ? `kkfz: ${done} of ${total} reports checked (${pct}%)`
    : `kkfz: ${done} van ${total} verslagen gecontroleerd (${pct}%)`;
}

export interface Progress {
  /** `done` files are finished */
  update(done: number): void;
  /** takes the line away, e.g. before other output on the same terminal; the next update draws it again */
  clear(): void;
  end(): void;
}

const CLEAR = '\r\x1b[K';

export function startProgress(io: Pick<Io, 'stderr' | 'tty'>, total: number, lang: Lang, delayMs = 1000): Progress {
  let done = 0;
  let shown = false;
  let due = false;
  const draw = () => {
    shown = true;
    io.stderr(`${CLEAR}${progressLine(done, total, lang)}`);
  };
  const timer =
    io.tty && total > 1
      ? setTimeout(() => {
          due = true;
          draw();
        }, delayMs)
      : null;
  timer?.unref();
  return {
    update(n) {
      done = n;
      if (due) draw();
    },
    clear() {
      if (shown) io.stderr(CLEAR);
      shown = false;
    },
    end() {
      if (timer) clearTimeout(timer);
      this.clear();
      due = false;
    },
  };
}
