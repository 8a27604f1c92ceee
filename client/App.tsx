import { lazy, Suspense } from 'react';
import { parseRoute, usePathname } from './route.ts';
import { StartPage } from './start/StartPage.tsx';
import { RoomProblem } from './room/RoomProblem.tsx';

// The room (its socket, schemas and boards) loads on its own, so the front door stays light.
const RetroRoom = lazy(() => import('./room/RetroRoom.tsx').then((m) => ({ default: m.RetroRoom })));

export function App() {
  const route = parseRoute(usePathname());
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'room':
      // Keyed by id: moving to another retro starts from a clean room.
      return (
        <Suspense fallback={null}>
          <RetroRoom key={route.retroId} retroId={route.retroId} />
        </Suspense>
      );
    case 'missing':
      return <RoomProblem problem="not_found" />;
  }
}
