/// <reference types="vitest/config" />
import { constants } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { contentSecurityPolicy } from './src/server/http/security-policy.ts';
import { trainingSnapshot } from './mocks/training-snapshot-plugin.ts';

/**
 * gzip and Brotli files beside every compressible file of a client build, so the Node
 * server (and any web server serving the training build) sends them without compressing
 * on every request. Brotli's best level costs seconds per megabyte: the training build's
 * WebAssembly gets a lower one.
 */
function precompress(mode: string): Plugin {
  return compression({
    include: /\.(?:js|mjs|css|html|svg|json|txt|wasm|data|webmanifest)$/,
    threshold: 1024,
    skipIfLargerOrEqual: true,
    logLevel: 'silent',
    algorithms: [
      defineAlgorithm('gzip', { level: 9 }),
      defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: mode === 'training' ? 9 : constants.BROTLI_MAX_QUALITY } }),
    ],
  });
}

/**
 * The training build is static, served by any web server: its Content-Security-Policy can
 * only travel in a <meta> tag. The Node server sends the `app` policy as a header instead.
 */
function trainingContentSecurityPolicy(): Plugin {
  return {
    name: 'motcua-training-csp',
    apply: (_config, env) => env.command === 'build' && env.mode === 'training',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('training') }, injectTo: 'head-prepend' },
      ],
    },
  };
}

// One config for the SPA (server build and training build), the SSR build of the Node
// server and its maintenance commands, and the three Vitest projects.
export default defineConfig(({ mode, isSsrBuild }) => ({
  plugins: [react(), ...(isSsrBuild ? [] : [precompress(mode)]), trainingContentSecurityPolicy(), trainingSnapshot()],
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
    // Every browser the app supports has <link rel="modulepreload">. A lazy page's own
    // stylesheets are still loaded with it, but its JavaScript imports are not listed for
    // preloading: the list of every page's chunks sat in the login page's first download
    // (about 2 kB gz); the page's imports then arrive one round trip later, on the LAN.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) },
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
          // Bounds on failures only: a test that creates and migrates a database of its own
          // (first run, backup and restore) passed 30 s on a two-core machine under load.
          testTimeout: 90_000,
          hookTimeout: 90_000,
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
          // A whole-app flow on a busy 2-core machine; passing tests take a fraction of this.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
