import { Burger, Group, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { homePath } from '../../lib/paths.ts';
import { DossierSearchBox } from '../../features/dossiers/components/dossier-search-box.tsx';
import { useTrainingControls } from '../../lib/training-context.ts';
import { lazyControl, type ControlPlaceholderProps } from '../../lib/lazy-control.tsx';
import { UserMenuButton } from './user-menu-button.tsx';
import type { UserMenuProps } from './user-menu.tsx';

// Only in training builds: its reset dialog stays out of the pages' download.
const TrainingControls = lazyComponent(async () => (await import('./training-controls.tsx')).TrainingControls);
// The menu's dropdown (Mantine's floating code) is not part of a page's first paint: its
// button stands in until it arrives.
const UserMenu = lazyControl(
  async () => (await import('./user-menu.tsx')).UserMenu,
  ({ user, onUse }: UserMenuProps & ControlPlaceholderProps) => <UserMenuButton user={user} aria-haspopup="menu" aria-expanded={false} onClick={onUse} />,
);

export interface AppHeaderProps {
  user: CurrentUser;
  navOpened: boolean;
  onToggleNav: () => void;
  /** Opens the list of keyboard shortcuts (also on `?`). */
  onShowShortcuts: () => void;
  /** Opens the command palette (also on Ctrl+K). */
  onOpenPalette: () => void;
}

export function AppHeader({ user, navOpened, onToggleNav, onShowShortcuts, onOpenPalette }: AppHeaderProps) {
  const { t } = useTranslation();
  const training = useTrainingControls();
  const centre = user.centreName;
  const productName = centre ? t('app.productNameWithCentre', { centre }) : t('app.productName');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="md"
          size="sm"
          aria-label={navOpened ? t('app.closeNavigation') : t('app.openNavigation')}
          aria-expanded={navOpened}
          aria-controls="app-navigation"
        />
        <UnstyledButton component={Link} to={homePath} miw={0}>
          <Group gap="xs" wrap="nowrap" miw={0}>
            <ThemeIcon size={34} radius="md" aria-hidden>
              <IconBuildingCommunity size={20} />
            </ThemeIcon>
            {/* Below the lg breakpoint the search box needs the room: the name is only read out. */}
            <Text fw={700} size="lg" truncate="end" miw={0} visibleFrom="lg">
              {productName}
            </Text>
            <VisuallyHidden hiddenFrom="lg">{productName}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Group>
      <DossierSearchBox />
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        {training && <TrainingControls training={training} />}
        <UserMenu user={user} onShowShortcuts={onShowShortcuts} onOpenPalette={onOpenPalette} />
      </Group>
    </Group>
  );
}
