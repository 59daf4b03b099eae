import { memo } from 'react';
import type { TaskGroupType } from '@/api/task-group';
import { HistoryButtons } from '@/web/components/ui/history-buttons';
import { ToggleGroup } from '@/web/components/ui/toggle-group';
import { ZOOMS, type Zoom } from '../geometry';

interface Props {
  group: TaskGroupType;
  zoom: Zoom;
  canUndo: boolean;
  canRedo: boolean;
  onGroup: (group: TaskGroupType) => void;
  onZoom: (zoom: Zoom) => void;
  onToday: () => void;
  onStep: (dir: -1 | 1) => void;
  onUndo: () => void;
  onRedo: () => void;
}

const GROUPS: readonly (readonly [TaskGroupType, string])[] = [
  ['users', 'People'],
  ['projects', 'Projects'],
  ['tags', 'Tags'],
];
const ZOOM_LABELS = ZOOMS.map((zoom) => [zoom, zoom[0].toUpperCase() + zoom.slice(1)] as const);

/** Grouping switch, zoom, Today / Previous / Next, Undo / Redo. */
export const Toolbar = memo(function Toolbar(props: Props) {
  return (
    <div className="tl-toolbar" role="toolbar" aria-label="Timeline">
      <ToggleGroup
        label="Group rows by"
        className="tl-seg"
        options={GROUPS}
        value={props.group}
        onChange={props.onGroup}
      />
      <div className="tl-seg" role="group" aria-label="Navigate">
        <button type="button" className="btn" onClick={() => props.onStep(-1)} aria-label="Previous">
          ‹
        </button>
        <button type="button" className="btn" onClick={props.onToday}>
          Today
        </button>
        <button type="button" className="btn" onClick={() => props.onStep(1)} aria-label="Next">
          ›
        </button>
      </div>
      <ToggleGroup
        label="Zoom"
        className="tl-seg"
        options={ZOOM_LABELS}
        value={props.zoom}
        onChange={props.onZoom}
      />
      <HistoryButtons
        className="tl-seg"
        canUndo={props.canUndo}
        canRedo={props.canRedo}
        onUndo={props.onUndo}
        onRedo={props.onRedo}
      />
    </div>
  );
});
