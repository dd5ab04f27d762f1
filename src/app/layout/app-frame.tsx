import { AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { routePatterns } from '../../lib/paths.ts';
import { AppHeader } from './app-header.tsx';
import { AppNavbar } from './app-navbar.tsx';
import { SkipLink } from './skip-link.tsx';

const mainId = 'main-content';

export interface AppFrameProps {
  user: CurrentUser;
}

/**
 * The frame around every logged-in page: header, navigation and main landmarks. The
 * navigation collapses behind a burger below the `md` breakpoint so a tablet in portrait
 * gives the dossier table the full width.
 */
export function AppFrame({ user }: AppFrameProps) {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // F2 opens the intake form from anywhere, even from inside a text field (no tags ignored).
  // On the form itself it only brings focus back to the procedure picker: nothing typed is lost.
  useHotkeys(
    user.role === 'desk_officer'
      ? [['F2', () => void navigate(routePatterns.intake, { replace: pathname === routePatterns.intake })]]
      : [],
    [],
  );
  return (
    <>
      <SkipLink targetId={mainId} />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 264, breakpoint: 'md', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'sm', md: 'lg' }}
      >
        <AppShell.Header>
          <AppHeader user={user} navOpened={navOpened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar id="app-navigation" aria-label={t('app.mainNavigation')}>
          <AppShell.Section grow component={ScrollArea} p="sm">
            <AppNavbar role={user.role} onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id={mainId} tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
