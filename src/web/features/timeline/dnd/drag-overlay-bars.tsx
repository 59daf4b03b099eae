import { LANE_H, BAR_INSET } from '../layout';
import type { OverlayBar } from './use-timeline-dnd';

/** The dragged bars as the DragOverlay draws them: moved by a CSS transform only. */
export function DragOverlayBars({ bars }: { bars: OverlayBar[] }) {
  const first = bars[0];
  if (!first) return null;
  return (
    <div className="tl-overlay" style={{ width: first.width, height: LANE_H - 2 * BAR_INSET }}>
      {bars.map((b) => (
        <div
          key={b.id}
          className="tl-bar tl-bar-ghost"
          style={{
            left: b.dx,
            top: b.dy,
            width: b.width,
            height: LANE_H - 2 * BAR_INSET,
            ['--bar-color' as string]: b.color,
          }}
        >
          <span className="tl-bar-name">{b.name}</span>
        </div>
      ))}
    </div>
  );
}
