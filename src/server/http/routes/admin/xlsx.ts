import { fileResponse } from '../../openapi.ts';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An Excel file as the response body, offered for download under `fileName`. */
export function xlsxResponse(bytes: Uint8Array<ArrayBuffer>, fileName: string): Response {
  return new Response(bytes, {
    status: 200,
    headers: { 'content-type': xlsxType, 'content-disposition': `attachment; filename="${fileName}"` },
  });
}

export const xlsxContent = fileResponse([xlsxType], 'An Excel workbook (.xlsx)');
