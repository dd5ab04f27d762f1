import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { createApi } from '../../src/server/http/app.ts';
import type { ApiDeps } from '../../src/server/http/context.ts';

/** Where the client's API types are committed. */
export const apiTypesPath = new URL('../../src/lib/api-types.ts', import.meta.url);

const header = `/**
 * The API's paths, parameters, bodies and responses, generated from its OpenAPI document
 * (GET /api/openapi.json, itself generated from the routes' zod schemas) by openapi-typescript.
 * Do not edit: change the route definitions in src/server/http and run \`npm run api:types\`.
 * A test fails when this file and the API disagree.
 */

`;

/** The OpenAPI document, asked of the API in-process: no server, no database. */
export async function apiDocument(): Promise<OpenAPI3> {
  // The document is public and reads no dependency; anything that did would fail loudly.
  const deps: ApiDeps = {
    get db(): never {
      throw new Error('The OpenAPI document must not need the database.');
    },
    now: () => new Date(0),
  };
  const response = await createApi(deps).fetch(new Request('http://localhost/api/openapi.json'));
  if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return response.json();
}

/** The text of src/lib/api-types.ts for the API as it is now. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(await apiDocument(), {
    // Files (uploads, attachment content, the register's workbook) are Blobs in the browser.
    transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
  });
  return header + astToString(ast);
}

if (import.meta.main) {
  await writeFile(apiTypesPath, await generateApiTypes());
  console.log(`Wrote ${apiTypesPath.pathname}`);
}
