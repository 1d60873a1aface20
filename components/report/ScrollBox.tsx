// A wide table in the report scrolls inside its own box instead of pushing the side panel sideways. While it
// does scroll, the box is a named region that takes keyboard focus, so the arrow keys can scroll it too.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export function ScrollBox({
  label,
  watch,
  children,
}: {
  label: string;
  /** re-measure when this changes */ watch: unknown;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    box.querySelectorAll('table').forEach((table) => observer.observe(table));
    return () => observer.disconnect();
  }, [watch]);
  return (
    <div
      ref={ref}
      class="scroll-box"
      data-scrolls={scrolls || undefined}
      {...(scrolls && { tabIndex: 0, role: 'region', 'aria-label': label })}
    >
      {children}
    </div>
  );
}
