// A batch's progress line: on a terminal only, from a second in, redrawn in place and taken away before other
// output and at the end; never on a pipe or for one file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressLine, startProgress } from '../../cli/progress';

afterEach(() => void vi.useRealTimers());

function terminal(tty: boolean) {
  const err: string[] = [];
  return { err, io: { tty, stderr: (s: string) => void err.push(s) } };
}

describe('the progress line', () => {
  it('says how far the batch is, in Dutch or English', () => {
    expect(progressLine(3, 12, 'nl')).toBe('kkfz: 3 van 12 verslagen gecontroleerd (25%)');
    expect(progressLine(12, 12, 'en')).toBe('kkfz: 12 of 12 reports checked (100%)');
  });

  it('appears after the delay on a terminal, redraws on each file, clears before output and at the end', () => {
    vi.useFakeTimers();
    const { err, io } = terminal(true);
    const p = startProgress(io, 4, 'nl');
    p.update(1);
    expect(err).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(err).toEqual(['\r\x1b[Kkkfz: 1 van 4 verslagen gecontroleerd (25%)']);
    p.clear();
    p.update(2);
    expect(err.slice(1)).toEqual(['\r\x1b[K', '\r\x1b[Kkkfz: 2 van 4 verslagen gecontroleerd (50%)']);
    p.end();
    expect(err.at(-1)).toBe('\r\x1b[K');
    p.update(4);
    expect(err).toHaveLength(4);
  });

  it('stays away from a pipe, from one file and from a batch that ends within the delay', () => {
    vi.useFakeTimers();
    for (const [tty, total] of [
      [false, 10],
      [true, 1],
    ] as const) {
      const { err, io } = terminal(tty);
      const p = startProgress(io, total, 'nl');
      vi.advanceTimersByTime(5000);
      p.update(1);
      p.end();
      expect(err).toEqual([]);
    }
    const { err, io } = terminal(true);
    const quick = startProgress(io, 10, 'nl');
    quick.update(10);
    quick.end();
    vi.advanceTimersByTime(5000);
    expect(err).toEqual([]);
  });
});
