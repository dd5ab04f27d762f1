import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What each screen of the built SPA costs to download: the JavaScript (and CSS) the browser
 * fetches to show it, gzip'd at level 9 (as the build's precompressed files are). Read from
 * Vite's manifest (`build.manifest`), so it costs no browser and no server:
 * `npm run size` after a build. `tests/e2e/route-weight.spec.ts` checks in Chromium that the
 * files listed here are the files a browser really loads.
 */

/** A chunk as Vite's manifest describes it (only the fields read here). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export interface RouteWeight {
  name: string;
  /** An example URL of the screen. */
  url: string;
  /** The route modules its lazy routes load (manifest keys: source paths from the project root). */
  modules: string[];
  /** Counted on top of this route's files (the screen is reached from there), e.g. the queue after login. */
  after?: string;
  /** Most gzip'd JavaScript, in kB (1,000 bytes), to reach this screen (with `after`'s files). */
  budgetKb?: number;
  /**
   * While the budget is not met: the most this may weigh before `npm run size` fails, so it
   * cannot grow unnoticed. Lower it as the screen gets lighter; remove it once under budget.
   */
  ceilingKb?: number;
}

/**
 * Loaded by every screen: the HTML's entry and what it imports, and the catalogue of the
 * UI's language (Vietnamese, the default), which the entry imports before the first render.
 */
export const entryModules = ['index.html', 'src/i18n/vi.ts'];

/** The layout of every page behind the login, with the screens' strings (see src/app/routes.tsx). */
const shell = ['src/app/layout/app-layout.tsx', 'src/i18n/screens.vi.ts'];
const print = ['src/app/layout/print-layout.tsx', 'src/i18n/screens.vi.ts'];

/** The screens, in the order an officer meets them. */
export const routes: RouteWeight[] = [
  { name: 'login', url: '/dang-nhap', modules: ['src/features/auth/components/login-page.tsx'], budgetKb: 180 },
  // Over budget: zod (the list reads its URL with the API's schema, 26 kB) and Mantine's
  // floating dropdowns (the status filter, page size, saved views and user menus, 40 kB)
  // are needed to show the list. The ceiling rose from 318 to 320 kB with the intake's card
  // scan, duplicate warning and digitisation (their strings travel with every screen's; the
  // dossier schemas the list reads its URL with describe digitisation). See the README
  // (Performance, "What the pages weigh").
  { name: 'queue', url: '/ho-so', modules: [...shell, 'src/app/routes/dossier-list-route.tsx'], after: 'login', budgetKb: 240, ceilingKb: 320 },
  { name: 'dossier', url: '/ho-so/:dossierId', modules: [...shell, 'src/app/routes/dossier-detail-route.tsx'], after: 'queue' },
  { name: 'intake', url: '/tiep-nhan', modules: [...shell, 'src/app/routes/intake-route.tsx'], after: 'queue' },
  { name: 'overview', url: '/tong-quan', modules: [...shell, 'src/features/overview/components/overview-page.tsx'], after: 'queue' },
  { name: 'register', url: '/so-theo-doi', modules: [...shell, 'src/features/register/components/register-page.tsx'], after: 'queue' },
  {
    name: 'print: receipt',
    url: '/in/ho-so/:dossierId/bien-nhan',
    modules: [...print, 'src/features/print/components/receipt-print-page.tsx'],
    after: 'queue',
  },
  // The public lookup, on an applicant's phone (no login page before it): its own page,
  // the screens' and the citizens' pages' strings.
  {
    name: 'public lookup',
    url: '/tra-cuu',
    modules: ['src/features/lookup/components/lookup-page.tsx', 'src/i18n/screens.vi.ts', 'src/i18n/catalogues/public.vi.ts'],
  },
  {
    name: 'print: control slip',
    url: '/in/ho-so/:dossierId/phieu-kiem-soat',
    modules: [...print, 'src/features/print/components/control-slip-print-page.tsx'],
    after: 'queue',
  },
];

export function readManifest(outDir: string): Manifest {
  const file = path.join(outDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`no build manifest at ${file}: run \`npm run build:client\` first (${String(error)})`, { cause: error });
  }
}

/** The files (JS and CSS, paths under outDir) a browser fetches for these modules: each one's static imports, transitively. */
export function filesOf(manifest: Manifest, modules: readonly string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest: the route list in tests/size/route-weight.ts is out of date`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of modules) visit(key);
  return files;
}

/** Every file of a route, with the routes it is reached from. */
export function routeFiles(manifest: Manifest, name: string): Set<string> {
  const route = routes.find((candidate) => candidate.name === name);
  if (!route) throw new Error(`no route named ${name}`);
  const own = filesOf(manifest, [...entryModules, ...route.modules]);
  return route.after ? new Set([...routeFiles(manifest, route.after), ...own]) : own;
}

const gzipCache = new Map<string, number>();
function gzipSize(outDir: string, file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

export interface Weight {
  js: number;
  css: number;
  files: number;
}

function weigh(outDir: string, files: Iterable<string>): Weight {
  const weight: Weight = { js: 0, css: 0, files: 0 };
  for (const file of files) {
    const size = gzipSize(outDir, file);
    if (file.endsWith('.css')) weight.css += size;
    else weight.js += size;
    weight.files += 1;
  }
  return weight;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Prints the table and returns the budgets that were exceeded. */
export function report(outDir: string): string[] {
  const manifest = readManifest(outDir);
  const failures: string[] = [];
  const rows: string[][] = [['route', 'URL', 'JS gz kB', 'its own', 'CSS gz kB', 'files', 'budget']];
  for (const route of routes) {
    const all = routeFiles(manifest, route.name);
    const before = route.after ? routeFiles(manifest, route.after) : new Set<string>();
    const total = weigh(outDir, all);
    const added = weigh(outDir, [...all].filter((file) => !before.has(file)));
    const within = route.budgetKb === undefined || total.js <= route.budgetKb * 1000;
    const limit = route.ceilingKb ?? route.budgetKb;
    if (limit !== undefined && total.js > limit * 1000) {
      failures.push(`${route.name}: ${kb(total.js)} kB of gzip'd JS, ${route.ceilingKb ? `ceiling ${route.ceilingKb} kB (budget ${route.budgetKb} kB)` : `budget ${limit} kB`}`);
    }
    rows.push([
      route.after ? `${route.name} (after ${route.after})` : route.name,
      route.url,
      kb(total.js),
      route.after ? `+${kb(added.js)}` : '',
      kb(total.css),
      String(total.files),
      route.budgetKb === undefined ? '' : within ? `≤ ${route.budgetKb}` : `OVER ${route.budgetKb} (ceiling ${route.ceilingKb ?? route.budgetKb})`,
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  const largest = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file, index, all) => file.endsWith('.js') && all.indexOf(file) === index)
    .map((file) => [file, gzipSize(outDir, file)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  console.log(`\nlargest chunks (gz kB): ${largest.map(([file, size]) => `${path.basename(file)} ${kb(size)}`).join(', ')}`);
  return failures;
}

if (import.meta.main) {
  const outDir = process.argv[2] ?? 'dist/client';
  const failures = report(outDir);
  if (failures.length > 0) {
    console.error(`\nOver budget:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    process.exitCode = 1;
  }
}
