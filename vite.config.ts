/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress, trainingContentSecurityPolicy } from './vite/plugins.ts';
import { trainingSnapshot } from './vite/training-snapshot.ts';

// One config for the SPA (server build and training build), the SSR build of the Node
// server and its maintenance commands, and the three Vitest projects.
export default defineConfig(({ mode, isSsrBuild }) => ({
  plugins: [react(), precompress(), trainingContentSecurityPolicy(), trainingSnapshot()],
  define: {
    // Training mode: the SPA starts MSW and runs the API in the page (see mocks/browser.ts).
    'import.meta.env.VITE_TRAINING': JSON.stringify(mode === 'training' || mode === 'development' ? 'true' : 'false'),
  },
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: { format: 'es' },
  server: { port: 5173 },
  build: {
    target: 'es2023',
    outDir: isSsrBuild ? 'dist/server' : mode === 'training' ? 'dist/training' : 'dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    copyPublicDir: !isSsrBuild,
    // Which chunks each page loads, for `npm run size` (tests/size/route-weight.ts).
    manifest: !isSsrBuild,
    // Every browser the app supports has <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: isSsrBuild
      ? // `vite build --ssr`: the server and `npm run backup` / `npm run restore`.
        { input: { main: 'src/server/main.ts', maintenance: 'src/server/maintenance/cli.ts' } }
      : {
          output: {
            codeSplitting: {
              // What the entry imports (React, the router, Mantine's core, i18next, TanStack
              // Query) is one chunk: every page needs all of it, and one file compresses
              // better than the dozen small ones the automatic splitting makes of it.
              groups: [{ name: 'app', tags: ['$initial'] }],
            },
          },
        },
  },
  ssr: {
    // Bundle nothing from node_modules into the server: it runs where they are installed.
    external: true,
  },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/boundaries/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          environment: 'node',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/setup/global-db.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.tsx', 'src/**/*.test.tsx'],
          globalSetup: ['tests/setup/global-db.ts'],
          setupFiles: ['tests/setup/ui-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
