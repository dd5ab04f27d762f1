import type { DossierDetail } from '../../src/domain/schemas/dossier.ts';
import type { Procedure } from '../../src/domain/schemas/catalogue.ts';
import type { TestApi } from './test-api.ts';

export interface WalkIn {
  procedureCode?: string;
  applicant?: { name: string; idNumber?: string; phone?: string; address: string };
}

let walkIns = 0;
/**
 * A different person for each walk-in by default: the same applicant with an open dossier of
 * the same procedure is a duplicate the desk must acknowledge (src/domain/duplicates.ts).
 */
function nextApplicant() {
  walkIns += 1;
  return { name: 'Phạm Thị Lan', idNumber: `010192${String(100_000 + walkIns)}`, phone: '0977123456', address: 'Thôn Đồng Tâm' };
}

/**
 * Steps of a dossier's life through the API, as the desk and the departments take them.
 * `api` returns the test's API (created in `beforeAll`); `signIn` gives a session cookie
 * for a user at the test clock's current instant (a test whose clock jumps days signs in
 * again: sessions expire).
 */
export function dossierSteps(api: () => TestApi, signIn: (username: string) => Promise<string> = (username) => api().login(username)) {
  async function act(user: string, dossier: { id: string; version: number }, action: string, body: Record<string, unknown> = {}) {
    return api().request(`/api/dossiers/${dossier.id}/actions/${action}`, {
      method: 'POST',
      cookie: await signIn(user),
      json: { version: dossier.version, ...body },
    });
  }

  /** Takes the step and returns the dossier as it now is; any answer but 200 fails with the API's body. */
  async function ok(user: string, dossier: DossierDetail, action: string, body: Record<string, unknown> = {}): Promise<DossierDetail> {
    const response = await act(user, dossier, action, body);
    if (response.status !== 200) throw new Error(`${action} by ${user}: ${response.status} ${await response.text()}`);
    return response.json();
  }

  /** A walk-in with every checklist document handed in (default: 1.004873, 3 working days, pause mode). */
  async function receiveWalkIn(user = 'motcua1', walkIn: WalkIn = {}): Promise<DossierDetail> {
    const cookie = await signIn(user);
    const procedures: Procedure[] = await (await api().request('/api/procedures', { cookie })).json();
    const procedure = procedures.find((p) => p.code === (walkIn.procedureCode ?? '1.004873'))!;
    const response = await api().request('/api/dossiers', {
      method: 'POST',
      cookie,
      json: {
        procedureId: procedure.id,
        channel: 'walk_in',
        applicant: walkIn.applicant ?? nextApplicant(),
        documents: procedure.documents.map((d) => ({ procedureDocumentId: d.id, received: true, form: d.defaultForm, count: 1 })),
        returnMethod: 'desk',
        // As the intake form does: the fee of the procedure's fee lines.
        feeAmount: procedure.feeAmount,
      },
    });
    if (response.status !== 201) throw new Error(`receive: ${response.status} ${await response.text()}`);
    return response.json();
  }

  return { act, ok, receiveWalkIn };
}
