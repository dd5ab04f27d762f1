interface ImportMetaEnv {
  /** Replaced at build time by vite.config.ts: 'true' in training builds and in `vite dev`. */
  readonly VITE_TRAINING: 'true' | 'false';
}
