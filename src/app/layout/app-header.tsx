import { Burger, Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../domain/schemas/auth.ts';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { homePath } from '../../lib/paths.ts';
import { DossierSearchBox } from '../../features/dossiers/components/dossier-search-box.tsx';
import { useTrainingControls } from '../../lib/training-context.ts';
import { UserMenu } from './user-menu.tsx';

// Only in training builds: its reset dialog stays out of the pages' download.
const TrainingControls = lazyComponent(async () => (await import('./training-controls.tsx')).TrainingControls);

export interface AppHeaderProps {
  user: CurrentUser;
  navOpened: boolean;
  onToggleNav: () => void;
}

export function AppHeader({ user, navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  const training = useTrainingControls();
  const centre = user.centreName;
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
            <Text fw={700} size="lg" truncate="end" miw={0}>
              {centre ? t('app.productNameWithCentre', { centre }) : t('app.productName')}
            </Text>
          </Group>
        </UnstyledButton>
      </Group>
      <DossierSearchBox />
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        {training && <TrainingControls training={training} />}
        <UserMenu user={user} />
      </Group>
    </Group>
  );
}
