// A busy line with an indeterminate progress bar, for work that may take more than a moment; children (a stop
// button) follow the label.
import type { ComponentChildren } from 'preact';

export function Busy({ label, children }: { label: string; children?: ComponentChildren }) {
  return (
    <p class="busy" data-testid="busy">
      <progress aria-label={label} /> {label}
      {children}
    </p>
  );
}

/** Resolves after the browser had a chance to paint, so a busy state shows before synchronous work starts
 * (or after 50 ms: a hidden page gets no animation frames). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    setTimeout(done, 50);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0));
  });
}
