import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { bundleBudget } from './scripts/bundleBudget.ts';

/**
 * The client lives in client/ and builds to dist/client, which the server serves.
 * `npm run dev` runs this dev server with hot reload, proxying the API and sockets to a
 * Debrief server on port 3000 (started alongside by the same script).
 */
export default defineConfig({
  root: 'client',
  plugins: [react(), bundleBudget(100)],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: false },
  server: {
    port: 5173,
    proxy: {
      // Keep the browser's Host header: the server only accepts same-origin requests.
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/healthz': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
