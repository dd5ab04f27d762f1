import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findViolations, importSpecifiers, sourceFiles, type SourceFile } from './import-boundaries.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const repository = sourceFiles(root);

/**
 * The violations of `files` (fixtures placed in the real folders: the rules go by folder,
 * so a file's violations do not depend on the others), as `from → to`.
 */
function violationsOf(...files: SourceFile[]) {
  return findViolations(files).map(({ from, to }) => `${from} → ${to}`);
}

describe('import boundaries', () => {
  it('reads the whole of src/, imports of every kind', () => {
    expect(repository.length).toBeGreaterThan(300);
    expect(repository.some((file) => file.path === 'src/features/intake/components/intake-form.tsx')).toBe(true);
    const specifiers = importSpecifiers({
      path: 'src/x.ts',
      text: "import a from './a.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.ts';\nexport * from './d.ts';\nconst e = () => import('./e.ts');\nimport './f.css';",
    });
    expect(specifiers.sort()).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './f.css']);
  });

  it('finds no violation in src/', () => {
    expect(findViolations(repository)).toEqual([]);
  });

  it('fails a feature importing another feature, however the import is written', () => {
    expect(
      violationsOf(
        { path: 'src/features/intake/utils/cross.ts', text: "import { toSearchParams } from '../../dossiers/utils/dossier-list-search.ts';" },
        { path: 'src/features/intake/cross-type.ts', text: "import type { DossierListSearch } from '../dossiers/utils/dossier-list-search.ts';" },
        { path: 'src/features/print/components/deep/cross-export.tsx', text: "export { RegisterSheet } from '../../../register/components/register-sheet.tsx';" },
        { path: 'src/features/workflow/hooks/cross-lazy.ts', text: "export const load = () => import('../../overview/components/overview-page.tsx');" },
      ),
    ).toEqual([
      'src/features/intake/utils/cross.ts → src/features/dossiers/utils/dossier-list-search.ts',
      'src/features/intake/cross-type.ts → src/features/dossiers/utils/dossier-list-search.ts',
      'src/features/print/components/deep/cross-export.tsx → src/features/register/components/register-sheet.tsx',
      'src/features/workflow/hooks/cross-lazy.ts → src/features/overview/components/overview-page.tsx',
    ]);
  });

  it('covers a feature folder created after this test was written', () => {
    expect(violationsOf({ path: 'src/features/brand-new/api/x.ts', text: "import { loginOptions } from '../../auth/api/login.ts';" })).toEqual([
      'src/features/brand-new/api/x.ts → src/features/auth/api/login.ts',
    ]);
  });

  it('fails the server importing UI code, and the domain importing anything of ours outside it', () => {
    expect(
      violationsOf(
        { path: 'src/server/services/ui-format.ts', text: "import { formatMoney } from '../../lib/format.ts';" },
        { path: 'src/server/http/ui-labels.ts', text: "import { vi } from '../../i18n/vi.ts';" },
        { path: 'src/domain/ui.ts', text: "import { i18n } from '../i18n/i18n.ts';\nimport type { Db } from '../server/db/db.ts';" },
      ),
    ).toEqual([
      'src/server/services/ui-format.ts → src/lib/format.ts',
      'src/server/http/ui-labels.ts → src/i18n/vi.ts',
      'src/domain/ui.ts → src/i18n/i18n.ts',
      'src/domain/ui.ts → src/server/db/db.ts',
    ]);
  });

  it('fails shared UI code importing a feature, and the UI importing the server', () => {
    expect(
      violationsOf(
        { path: 'src/lib/feature-helper.ts', text: "import { useLogin } from '../features/auth/api/login.ts';" },
        { path: 'src/features/intake/api/direct.ts', text: "import { receiveDossier } from '../../../server/services/receive-dossier.ts';" },
        { path: 'src/app/direct.ts', text: "import { createApi } from '../server/http/app.ts';" },
      ),
    ).toEqual([
      'src/lib/feature-helper.ts → src/features/auth/api/login.ts',
      'src/features/intake/api/direct.ts → src/server/services/receive-dossier.ts',
      'src/app/direct.ts → src/server/http/app.ts',
    ]);
  });

  it('lets each layer import what it may', () => {
    expect(
      violationsOf(
        { path: 'src/features/intake/utils/own.ts', text: "import { x } from '../components/intake-form.tsx';\nimport { y } from '../../../lib/format.ts';\nimport { z } from '../../../domain/messages.ts';\nimport { w } from '../../../components/status-badge.tsx';" },
        { path: 'src/server/services/own.ts', text: "import { message } from '../../domain/messages.ts';\nimport { HttpError } from '../http/errors.ts';\nimport { z } from 'zod';" },
        { path: 'src/app/own.ts', text: "import { LoginPage } from '../features/auth/components/login-page.tsx';" },
      ),
    ).toEqual([]);
  });
});
