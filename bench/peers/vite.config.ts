import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The peer pages, built apart from the app (never part of its bundle) into bench/dist/. */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: join(root, '..', 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: {
        dhtmlx: join(root, 'dhtmlx', 'index.html'),
        frappe: join(root, 'frappe', 'index.html'),
        svar: join(root, 'svar', 'index.html'),
      },
    },
  },
});
