import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
// Order matters: tokens and controls first, phone overrides last.
import './styles/tokens.css';
import './styles/controls.css';
import './styles/badges.css';
import './styles/start.css';
import './styles/room.css';
import './styles/bars.css';
import './styles/setup.css';
import './styles/timeline.css';
import './styles/import.css';
import './styles/factors.css';
import './styles/voting.css';
import './styles/actions.css';
import './styles/review.css';
import './styles/phone.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
