import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { parseSync } from 'vite';

/**
 * The import boundaries of `src/`, checked on the import graph (static, re-export, type and
 * dynamic imports alike):
 *
 * - `src/domain` imports nothing of ours outside `src/domain`;
 * - `src/server` imports only `src/domain` and `src/server`;
 * - a feature (`src/features/<name>`) imports no other feature, nor the app shell or the server;
 * - shared UI code (`src/components`, `src/lib`, `src/i18n`) imports no feature, nor the app
 *   shell or the server;
 * - the app shell (`src/app`, `src/main.tsx`) does not import the server.
 *
 * Which packages a layer may use, and `src/` never importing `mocks/` or `tests/`, are
 * oxlint's `no-restricted-imports` (.oxlintrc.json). Run by `npm run lint` and by the
 * boundaries test in `npm test`.
 */

/** A source file, by its path from the repository root with `/` separators. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface Violation {
  from: string;
  to: string;
  rule: string;
}

const rules = {
  domain: 'src/domain imports nothing of ours outside src/domain',
  server: 'src/server imports only src/domain and src/server',
  features: 'a feature imports no other feature, nor src/app or src/server: compose features in src/app, or move what both need to src/components, src/lib or src/domain',
  shared: 'src/components, src/lib and src/i18n import no feature, nor src/app or src/server',
  app: 'src/app does not import src/server: the UI reaches the API over HTTP',
} as const;

/** The top folder under `src/` (`domain`, `features`…), and the feature's name for `src/features/<name>/…`. */
function place(path: string): { layer: string; feature?: string } | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  if (parts.length === 2) return { layer: 'root' };
  return parts[1] === 'features' ? { layer: 'features', feature: parts[2] } : { layer: parts[1] ?? '' };
}

/** Why importing `to` from `from` crosses a boundary, or undefined when it may. */
export function boundaryProblem(from: string, to: string): string | undefined {
  const source = place(from);
  const target = place(to);
  if (!source || !target) return undefined;
  switch (source.layer) {
    case 'domain':
      return target.layer === 'domain' ? undefined : rules.domain;
    case 'server':
      return target.layer === 'domain' || target.layer === 'server' ? undefined : rules.server;
    case 'features':
      if (target.layer === 'app' || target.layer === 'server') return rules.features;
      return target.layer === 'features' && target.feature !== source.feature ? rules.features : undefined;
    case 'components':
    case 'lib':
    case 'i18n':
      return ['features', 'app', 'server'].includes(target.layer) ? rules.shared : undefined;
    case 'app':
    case 'root':
      return target.layer === 'server' ? rules.app : undefined;
    default:
      return undefined;
  }
}

/** The module specifiers a file imports: `import`, `import type`, `export … from` and literal `import()`. */
export function importSpecifiers(file: SourceFile): string[] {
  const { module, errors } = parseSync(file.path, file.text);
  if (errors.length) throw new Error(`${file.path}: ${errors[0]?.message ?? 'cannot parse'}`);
  const specifiers = module.staticImports.map((entry) => entry.moduleRequest.value);
  for (const entry of module.staticExports.flatMap((item) => item.entries)) if (entry.moduleRequest) specifiers.push(entry.moduleRequest.value);
  for (const entry of module.dynamicImports) {
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(file.text.slice(entry.moduleRequest.start, entry.moduleRequest.end));
    if (literal?.[2]) specifiers.push(literal[2]);
  }
  return specifiers;
}

/** Every import of ours (a relative path) that crosses a boundary. */
export function findViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    for (const specifier of importSpecifiers(file)) {
      if (!specifier.startsWith('.')) continue;
      const to = posix.normalize(posix.join(posix.dirname(file.path), specifier.replace(/\?.*$/, '')));
      const rule = boundaryProblem(file.path, to);
      if (rule) violations.push({ from: file.path, to, rule });
    }
  }
  return violations;
}

/** The TypeScript files under `src/` of the repository at `root`. */
export function sourceFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'src'));
  return files;
}

// `node tests/boundaries/import-boundaries.ts` (npm run lint): report and fail.
if (import.meta.main) {
  const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
  const violations = findViolations(sourceFiles(root));
  for (const { from, to, rule } of violations) console.error(`${from} → ${to}\n  ${rule}`);
  if (violations.length) {
    console.error(`\n${violations.length} import(s) cross a boundary.`);
    process.exit(1);
  }
  console.log('Import boundaries: no violation.');
}
