import { api, dataOf } from '../../../lib/api-client.ts';

/** The catalogue's workbooks as Blobs (training mode saves them itself). */
export const catalogueFiles = {
  template: { href: '/api/admin/procedures/template.xlsx', fileName: 'mau-danh-muc-thu-tuc.xlsx', fetch: () => dataOf(api.GET('/api/admin/procedures/template.xlsx', { parseAs: 'blob' })) },
  export: { href: '/api/admin/procedures/export.xlsx', fileName: 'danh-muc-thu-tuc.xlsx', fetch: () => dataOf(api.GET('/api/admin/procedures/export.xlsx', { parseAs: 'blob' })) },
};
