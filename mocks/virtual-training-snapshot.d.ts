// Made by mocks/training-snapshot-plugin.ts.
declare module 'virtual:training-snapshot' {
  /** Sizes in bytes of PGlite's WebAssembly and file bundle, to show download progress. */
  export const pgliteFileBytes: { wasm: number; data: number };
  /** The seeded training database shipped with a training build; null on the dev server. */
  export const trainingSnapshot: {
    url: string;
    /** When it was made (the build), ISO 8601: its demo data ends then. */
    madeAt: string;
    /** Its size, gzip'd. */
    bytes: number;
    /** How many files its data directory has. */
    files: number;
  } | null;
}
