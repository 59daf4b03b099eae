import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The app's chunk is loaded by the small entry with import() (src/web/main.tsx): the page links it and its
 * stylesheet itself, so both download with the entry instead of after it has run.
 */
function linkAppChunk(): Plugin {
  return {
    name: 'planner:link-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const app = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/web/app/boot.tsx'),
        );
        if (!app || app.type !== 'chunk') return [];
        const css = [...(app.viteMetadata?.importedCss ?? [])];
        return [
          { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${app.fileName}` } },
          ...css.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` },
          })),
        ].map((tag) => ({ ...tag, injectTo: 'head' as const }));
      },
    },
  };
}

// The browser app lives in src/web; the server (src/server) serves dist/ in production and mounts
// Vite as middleware in dev, so the app and /api share one origin in both modes.
export default defineConfig({
  plugins: [react(), linkAppChunk()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 800 },
});
