import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The backend (http://localhost:8080) serves /app-config.json and /api; `npm run dev` proxies both there,
// so the dev server on http://localhost:5173 behaves like the packaged app.
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true, // Keycloak allows exactly http://localhost:5173/ as a redirect URI
    proxy: {
      '/api': backend,
      '/app-config.json': backend,
    },
  },
  build: {
    // The Maven jar packages target/classes: the backend serves its public/ at /.
    outDir: 'target/classes/public',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
