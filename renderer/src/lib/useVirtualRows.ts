// Row virtualisation for long tables (roster, situations): only the rows in view are drawn, with
// spacer rows above and below standing for the others.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/**
 * Above this speed (px per ms: a screen every ~30 ms) no row can be read, and drawing each new row
 * in full costs more than a frame: the table draws light placeholder rows until the scroll slows.
 */
const FAST_PX_PER_MS = 20;
const FRAME_MS = 16;

export function useVirtualRows(rows: ReadonlyArray<{ id: string }>, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  // The scroll speed between two renders (the virtualizer re-renders on every scroll event); a render
  // without a new offset (React rendering twice, another state) keeps the last verdict.
  const motion = useRef({ offset: 0, at: 0, fast: false });
  const m = motion.current;
  const offset = virtualizer.scrollOffset ?? 0;
  if (offset !== m.offset || !virtualizer.isScrolling) {
    const now = performance.now();
    // At most one scroll event a frame is the user's; a second one within the frame (a size
    // correction, the jump of a scroll restore) must not read as a burst of speed.
    const speed = Math.abs(offset - m.offset) / Math.max(now - m.at, FRAME_MS);
    // Hysteresis: once fast, the full rows come back only well below the threshold, or when scrolling stops.
    m.fast = virtualizer.isScrolling && speed > (m.fast ? FAST_PX_PER_MS / 2 : FAST_PX_PER_MS);
    m.offset = offset;
    m.at = now;
  }
  return {
    /** Scrolling too fast to read: draw placeholder rows (see PlaceholderRow). */
    fast: m.fast,
    scrollRef,
    items,
    measureElement: virtualizer.measureElement,
    paddingTop: items[0]?.start ?? 0,
    paddingBottom: virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0),
  };
}
