/**
 * A Node built-in module when the API runs in Node, or undefined in the browser (training
 * mode). `getBuiltinModule` needs no import, so a file using it still bundles for the browser.
 */
export function nodeBuiltin<Module>(id: `node:${string}`): Module | undefined {
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  return getBuiltinModule?.(id) as Module | undefined;
}
