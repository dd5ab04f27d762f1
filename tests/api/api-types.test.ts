import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiTypesPath, generateApiTypes } from '../../tests/api-types/generate.ts';

describe('the client API types', () => {
  it('are generated from the API as it is now', async () => {
    const committed = await readFile(apiTypesPath, 'utf8');
    // On failure: run `npm run api:types` and commit src/lib/api-types.ts with the route change.
    expect(committed, 'src/lib/api-types.ts is out of date: run npm run api:types').toBe(await generateApiTypes());
  });
});
