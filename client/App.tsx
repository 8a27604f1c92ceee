import { parseRoute, usePathname } from './route.ts';
import { StartPage } from './start/StartPage.tsx';
import { RetroRoom } from './room/RetroRoom.tsx';
import { RoomProblem } from './room/RoomProblem.tsx';

export function App() {
  const route = parseRoute(usePathname());
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'room':
      // Keyed by id: moving to another retro starts from a clean room.
      return <RetroRoom key={route.retroId} retroId={route.retroId} />;
    case 'missing':
      return <RoomProblem problem="not_found" />;
  }
}
