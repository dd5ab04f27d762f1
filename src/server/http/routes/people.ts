import { createRoute, z } from '@hono/zod-openapi';
import { DossierDetail } from '../../../domain/schemas/dossier.ts';
import { DuplicateDossier, DuplicateQuery, Person, PersonParams, ReusableDocument, ReusableDocumentsQuery, ReuseDocumentRequest } from '../../../domain/schemas/person.ts';
import { message } from '../../../domain/messages.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../openapi.ts';
import { forbidden } from '../errors.ts';
import { findOpenDuplicates, getPerson } from '../../services/people.ts';
import { listReusableDocuments, setDocumentReuse } from '../../services/digitisation.ts';
import { getDossier } from '../../services/dossier-queries.ts';

/** One person's dossiers and digitised papers, the duplicate check at intake, and reuse of a digitised paper. */
export const peopleRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{idNumber}',
      tags: ['people'],
      summary: "A person's page: every dossier of one ID number (as applicant or submitter), open ones first",
      request: { params: PersonParams },
      responses: { 200: jsonResponse(Person, 'The person and their dossiers'), 400: errorResponses[400], 401: errorResponses[401] },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await getPerson(db, c.req.valid('param').idNumber, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{idNumber}/documents',
      tags: ['people'],
      summary: "The person's scanned documents of their dossiers, newest first: what a new dossier may reuse",
      request: { params: PersonParams, query: ReusableDocumentsQuery },
      responses: { 200: jsonResponse(z.array(ReusableDocument), 'Digitised documents'), 400: errorResponses[400], 401: errorResponses[401] },
    }),
    async (c) => {
      const { db } = c.get('deps');
      return c.json(await listReusableDocuments(db, c.req.valid('param').idNumber, c.req.valid('query').excludeDossierId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/intake/duplicates',
      tags: ['intake'],
      summary: 'Open dossiers of the same applicant (ID number, or name and date of birth) and procedure, before receiving a new one',
      request: { query: DuplicateQuery },
      responses: {
        200: jsonResponse(z.array(DuplicateDossier), 'The open dossiers that look like the same request'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      if (c.get('user').role !== 'desk_officer') throw forbidden(message('desk_only_receive'));
      const query = c.req.valid('query');
      const duplicates = await findOpenDuplicates(c.get('deps').db, query.procedureId, {
        name: query.name ?? '',
        idNumber: query.idNumber ?? null,
        dateOfBirth: query.dateOfBirth ?? null,
      });
      return c.json(duplicates, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/dossiers/{id}/documents/{documentId}/reuse',
      tags: ['attachments'],
      summary: "Mark a checklist item as digitised by reusing the applicant's scanned document of an earlier dossier (null stops reusing)",
      request: { params: z.object({ id: z.uuid(), documentId: z.uuid() }), body: jsonBody(ReuseDocumentRequest) },
      responses: {
        200: jsonResponse(DossierDetail, 'The dossier with the item digitised'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { id, documentId } = c.req.valid('param');
      const body = c.req.valid('json');
      const user = c.get('user');
      await setDocumentReuse(db, { dossierId: id, documentId, version: body.version, sourceDocumentId: body.sourceDocumentId }, user);
      return c.json(await getDossier(db, id, now(), user), 200);
    },
  );
