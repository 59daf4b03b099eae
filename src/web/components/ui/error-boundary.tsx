import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';

interface CatcherProps {
  fallback: (reset: () => void) => ReactNode;
  /** When it changes (another page, another project), a failed area tries again on its own. */
  resetKey?: unknown;
  children: ReactNode;
}

class Catcher extends Component<CatcherProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // For support and bug reports; the person sees plain words (the fallback).
    console.error('A part of the planner failed to render:', error, info.componentStack);
  }

  componentDidUpdate(prev: CatcherProps) {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  reset = () => this.setState({ failed: false });

  render() {
    return this.state.failed ? this.props.fallback(this.reset) : this.props.children;
  }
}

export interface ErrorBoundaryProps {
  /** What the area shows, as in "the timeline", "the side panel". */
  what: string;
  /** A whole view, or one panel of it (a smaller message in place of the panel). */
  kind?: 'view' | 'panel';
  /** Keys (or key prefixes) of the queries the area reads: Retry reads them again before drawing it anew. */
  queries?: readonly QueryKey[];
  resetKey?: unknown;
  /** A dialog's way out: a Close button beside Retry. */
  onClose?: () => void;
  children: ReactNode;
}

/**
 * Keeps a render error inside one view or panel: in its place a plain sentence and Retry (which reads the
 * area's queries again and draws it anew), while the navigation and the rest of the page go on working.
 */
export function ErrorBoundary({
  what,
  kind = 'view',
  queries = [],
  resetKey,
  onClose,
  children,
}: ErrorBoundaryProps) {
  const client = useQueryClient();
  const [retrying, setRetrying] = useState(false);
  const retry = async (reset: () => void) => {
    setRetrying(true);
    try {
      await Promise.all(queries.map((queryKey) => client.refetchQueries({ queryKey, type: 'all' })));
    } finally {
      setRetrying(false);
      reset();
    }
  };
  return (
    <Catcher
      resetKey={resetKey}
      fallback={(reset) => (
        <div className={`crash crash-${kind}`} role="alert" data-testid="crash">
          <p>
            {capitalize(what)} could not be shown: something in its data or in the planner went wrong.
            {kind === 'view' ? ' The other views still work.' : ' The rest of the page still works.'}
          </p>
          <button type="button" className="btn" disabled={retrying} onClick={() => void retry(reset)}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
          {onClose && (
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
          )}
        </div>
      )}
    >
      {children}
    </Catcher>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
