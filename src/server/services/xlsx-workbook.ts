import type { AddWorksheetOptions, Worksheet } from 'exceljs';
import { nodeBuiltin } from '../node-builtin.ts';

/** Node's streams when the API runs in Node; training mode's browser (whose exceljs has no streaming writer) has none. */
const nodeStreams = nodeBuiltin<typeof import('node:stream')>('node:stream');

/** Where `fill` puts its sheets: the streaming writer's workbook or the in-memory one. */
export interface WorkbookSheets {
  addWorksheet(name: string, options?: Partial<AddWorksheetOptions>): Worksheet;
}

/**
 * An Excel workbook filled by `fill`, which must `commit()` each row once it is complete
 * (committing is what lets the streaming writer write the row out and forget it). In Node the
 * rows go out as they come (exceljs's streaming writer): a year of a province's register,
 * 20,000 rows, took 1.5 s and 170 MB at most, where building the whole workbook in memory
 * first took 5.4 s and 570 MB. Training mode (the browser's exceljs has no streaming writer)
 * builds it in memory, where committing a row does nothing. `options.streaming: false` builds it
 * in memory in Node too (the tests compare the two).
 */
export async function writeWorkbook(fill: (workbook: WorkbookSheets) => void, options: { streaming?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on demand: exceljs is large and only the exports need it.
  const { default: ExcelJS } = await import('exceljs');
  if (options.streaming !== false && nodeStreams && ExcelJS.stream?.xlsx?.WorkbookWriter) {
    const output = new nodeStreams.PassThrough();
    const chunks: Uint8Array[] = [];
    output.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      output.on('end', resolve);
      output.on('error', reject);
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    workbook.creator = 'motcua';
    fill(workbook);
    await workbook.commit(); // commits every sheet, then ends the stream
    await finished;
    return concat(chunks);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motcua';
  fill(workbook);
  return concat([new Uint8Array(await workbook.xlsx.writeBuffer())]);
}

/** The chunks as one array on a plain ArrayBuffer: a Response body in every host (Node's Buffer pool is shared). */
function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
