import { lazy, Suspense } from 'react';
import { parseRoute, usePathname } from './route.ts';
import { StartPage } from './start/StartPage.tsx';
import { RoomProblem } from './room/RoomProblem.tsx';
import { ChunkErrorBoundary } from './ui/ChunkErrorBoundary.tsx';

// The room (its socket, schemas and boards) loads on its own, so the front door stays light.
const RetroRoom = lazy(() => import('./room/RetroRoom.tsx').then((m) => ({ default: m.RetroRoom })));

export function App() {
  const route = parseRoute(usePathname());
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'room':
      // Keyed by id: moving to another retro starts from a clean room (and a fresh boundary).
      return (
        <ChunkErrorBoundary key={route.retroId}>
          <Suspense fallback={null}>
            <RetroRoom retroId={route.retroId} />
          </Suspense>
        </ChunkErrorBoundary>
      );
    case 'missing':
      return <RoomProblem problem="not_found" />;
  }
}
