import path from 'node:path';
import { backupCommand, restoreCommand } from './commands.ts';

// `npm run backup -- <file>` and `npm run restore -- <file>`, on the database the server
// would use: DATABASE_URL (PostgreSQL) or MOTCUA_DATA_DIR (PGlite, default ./data).
const [command, file] = process.argv.slice(2);
const target = { databaseUrl: process.env.DATABASE_URL || undefined, dataDir: path.resolve(process.env.MOTCUA_DATA_DIR ?? './data') };
const where = target.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite tại ${target.dataDir}`;

if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('Cách dùng: npm run backup -- <tệp>   |   npm run restore -- <tệp>');
  process.exit(2);
}

const started = Date.now();
try {
  if (command === 'backup') {
    await backupCommand(target, path.resolve(file));
    console.log(`Đã sao lưu ${where} vào ${file} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  } else {
    const result = await restoreCommand(target, path.resolve(file));
    console.log(`Đã khôi phục ${result.tables} bảng, ${result.rows} dòng vào ${where} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    if (result.migrations.length) console.log(`Đã áp dụng thêm migration: ${result.migrations.join(', ')}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
