interface Props {
  className: string;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

/** Undo and Redo of a view's last writes (their keys are in lib/use-undo-redo). */
export function HistoryButtons({ className, canUndo, canRedo, onUndo, onRedo }: Props) {
  const steps = [
    { text: 'Undo', enabled: canUndo, run: onUndo, title: 'Ctrl+Z', keys: 'Control+Z' },
    { text: 'Redo', enabled: canRedo, run: onRedo, title: 'Ctrl+Shift+Z', keys: 'Control+Shift+Z Control+Y' },
  ];
  return (
    <div className={className} role="group" aria-label="History">
      {steps.map((step) => (
        <button
          key={step.text}
          type="button"
          className="btn"
          disabled={!step.enabled}
          onClick={step.run}
          title={step.title}
          aria-keyshortcuts={step.keys}
        >
          {step.text}
        </button>
      ))}
    </div>
  );
}
