import { AppShell } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { dossierCodePattern } from '../../domain/dossier-code.ts';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { useOpenPersonByCard } from '../../features/dossiers/hooks/use-citizen-card-scan.ts';
import { useOpenDossierByCode } from '../../features/dossiers/hooks/use-open-dossier-by-code.ts';
import { mainContentId } from '../../lib/focus-return.ts';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { isOverlayOpen } from '../../lib/overlay.ts';
import { PageCommandsContext, type PageCommand } from '../../lib/page-commands.ts';
import { routePatterns } from '../../lib/paths.ts';
import { useScanner } from '../../lib/scanner/use-scanner.ts';
import { AppHeader } from './app-header.tsx';
import { AppNavbar } from './app-navbar.tsx';
import { SkipLink } from './skip-link.tsx';

// Loaded the first time they are asked for: no page waits for the palette or the shortcut list.
const CommandPalette = lazyComponent(async () => (await import('./command-palette.tsx')).CommandPalette);
const KeyboardHelp = lazyComponent(async () => (await import('./keyboard-help.tsx')).KeyboardHelp);

export interface AppFrameProps {
  user: CurrentUser;
}

/**
 * The frame around every logged-in page: header, navigation and main landmarks, and the
 * keyboard tools every page shares (F2, `?`, Ctrl+K, a scanner anywhere). The navigation
 * collapses behind a burger below the `md` breakpoint so a tablet in portrait gives the
 * dossier table the full width.
 */
export function AppFrame({ user }: AppFrameProps) {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  const [paletteOpened, palette] = useDisclosure(false);
  // Mounted once first opened, then kept (the palette keeps its store, the list its place).
  const [helpWanted, setHelpWanted] = useState(false);
  const [paletteWanted, setPaletteWanted] = useState(false);
  if (helpOpened && !helpWanted) setHelpWanted(true);
  if (paletteOpened && !paletteWanted) setPaletteWanted(true);
  const [pageCommands, setPageCommands] = useState<readonly PageCommand[]>([]);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const openByCode = useOpenDossierByCode();
  const offerPageCommands = useCallback((commands: readonly PageCommand[] | null) => setPageCommands(commands ?? []), []);

  // F2 opens the intake form from anywhere, even from inside a text field (no tags ignored).
  // On the form itself it only brings focus back to the procedure picker: nothing typed is lost.
  useHotkeys(
    user.role === 'desk_officer'
      ? [['F2', () => void navigate(routePatterns.intake, { replace: pathname === routePatterns.intake })]]
      : [],
    [],
  );
  useHotkeys([['shift+?', () => !isOverlayOpen() && help.open()]]);
  // Ctrl+K works from a text field too (the search box is where officers often are).
  useHotkeys([['mod+K', palette.toggle]], []);

  const openCode = (code: string) =>
    void openByCode(code).then((outcome) => {
      if (outcome !== 'opened') {
        notifications.show({ color: 'red', message: t(outcome === 'not-found' ? 'shell.scanner.notFound' : 'shell.scanner.failed', { code }) });
      }
    });

  // A scanned receipt opens its dossier whatever has focus, except a text field (where the
  // scan is typed, and the search box takes codes and cards too).
  // A scanned citizen ID card opens that person's page, except on the intake form, which
  // reads cards into its applicant.
  const openPersonByCard = useOpenPersonByCard();
  useScanner({
    onBurst: (text) => {
      const code = text.trim().toUpperCase();
      if (!dossierCodePattern.test(code)) return false;
      openCode(code);
      return true;
    },
    onCard: pathname === routePatterns.intake ? undefined : (text) => void openPersonByCard(text),
  });

  return (
    <PageCommandsContext value={offerPageCommands}>
      <SkipLink targetId={mainContentId} />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 264, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'sm', md: 'lg' }}
      >
        <AppShell.Header>
          <AppHeader user={user} navOpened={navOpened} onToggleNav={toggle} onShowShortcuts={help.open} onOpenPalette={palette.open} />
        </AppShell.Header>
        <AppShell.Navbar id="app-navigation" aria-label={t('app.mainNavigation')}>
          {/* The browser's own scrolling: Mantine's ScrollArea would bring its floating code into every page. */}
          <AppShell.Section grow p="sm" style={{ overflowY: 'auto' }}>
            <AppNavbar role={user.role} onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id={mainContentId} tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
      {helpWanted && <KeyboardHelp opened={helpOpened} onClose={help.close} role={user.role} />}
      {paletteWanted && (
        <CommandPalette opened={paletteOpened} onClose={palette.close} user={user} pageCommands={pageCommands} onOpenCode={openCode} />
      )}
    </PageCommandsContext>
  );
}
