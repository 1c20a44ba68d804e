import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { sampleApiPlugin } from './sample-api/vite-plugin.ts';

// The sample server is mounted inside the dev and preview servers under /sample-api/,
// so `npm start` serves the app and its offline stand-in for Launch Library 2 on one origin.
export default defineConfig({
  plugins: [react(), tailwindcss(), sampleApiPlugin()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
});
