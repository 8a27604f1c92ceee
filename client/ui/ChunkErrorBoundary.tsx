import { Component, type ReactNode } from 'react';

interface ChunkErrorBoundaryProps {
  children: ReactNode;
}

interface ChunkErrorBoundaryState {
  failed: boolean;
}

/**
 * Around a lazily loaded part of the page. Its chunk can fail to arrive: Debrief was redeployed
 * while the page was open (the old chunk names are gone) or the network dropped at the wrong
 * moment. Without a boundary React unmounts everything and leaves a blank page; with it, only
 * this part says so and offers a reload, which fetches the current chunks. React.lazy keeps a
 * failed import failed, so retrying in place would not help. A class, because React catches
 * render errors only in class components; React itself still logs the error to the console.
 */
export class ChunkErrorBoundary extends Component<ChunkErrorBoundaryProps, ChunkErrorBoundaryState> {
  override state: ChunkErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ChunkErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="card chunk-error" role="alert">
        <p>This part of Debrief could not be loaded.</p>
        <p className="muted small">Debrief may have been updated since this page was opened, or the network dropped for a moment.</p>
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
