import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app: built into web/dist, which api/server.ts serves at `/`. In development
// (`npm run dev`) Vite serves it with hot reload and forwards the API calls to the app server.
const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Cytoscape and vis-timeline are large; they get their own cacheable chunks.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (
            id.includes('node_modules/cytoscape') ||
            id.includes('node_modules/cose-base') ||
            id.includes('node_modules/layout-base')
          )
            return 'graph-vendor';
          if (
            id.includes('node_modules/vis-') ||
            id.includes('node_modules/moment') ||
            id.includes('hammerjs')
          )
            return 'timeline-vendor';
          return undefined;
        },
      },
    },
  },
  server: {
    // Loopback only, like the app server.
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api },
      '/ready': { target: api },
      '/export': { target: api },
    },
  },
});
