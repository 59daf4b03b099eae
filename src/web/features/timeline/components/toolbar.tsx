import type { TaskGroupType } from '@/api/task-group';
import { ZOOMS, type Zoom } from '../geometry';

interface Props {
  group: TaskGroupType;
  zoom: Zoom;
  canUndo: boolean;
  canRedo: boolean;
  onGroup: (g: TaskGroupType) => void;
  onZoom: (z: Zoom) => void;
  onToday: () => void;
  onStep: (dir: -1 | 1) => void;
  onUndo: () => void;
  onRedo: () => void;
}

const GROUPS: [TaskGroupType, string][] = [
  ['users', 'People'],
  ['projects', 'Projects'],
  ['tags', 'Tags'],
];

/** Grouping switch, zoom, Today / Previous / Next, Undo / Redo. */
export function Toolbar(props: Props) {
  return (
    <div className="tl-toolbar" role="toolbar" aria-label="Timeline">
      <div className="tl-seg" role="group" aria-label="Group rows by">
        {GROUPS.map(([g, label]) => (
          <button
            key={g}
            type="button"
            className="btn"
            aria-pressed={props.group === g}
            onClick={() => props.onGroup(g)}
          >
            {label}
          </button>
        ))}
      </div>
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
      <div className="tl-seg" role="group" aria-label="Zoom">
        {ZOOMS.map((z) => (
          <button
            key={z}
            type="button"
            className="btn"
            aria-pressed={props.zoom === z}
            onClick={() => props.onZoom(z)}
          >
            {z[0].toUpperCase() + z.slice(1)}
          </button>
        ))}
      </div>
      <div className="tl-seg" role="group" aria-label="History">
        <button type="button" className="btn" disabled={!props.canUndo} onClick={props.onUndo} title="Ctrl+Z">
          Undo
        </button>
        <button
          type="button"
          className="btn"
          disabled={!props.canRedo}
          onClick={props.onRedo}
          title="Ctrl+Shift+Z"
        >
          Redo
        </button>
      </div>
    </div>
  );
}
