import { Avatar, Group, Stack, Text, UnstyledButton, VisuallyHidden, type ElementProps, type UnstyledButtonProps } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../domain/schemas/auth.ts';

export interface UserMenuButtonProps extends UnstyledButtonProps, ElementProps<'button'> {
  user: CurrentUser;
  ref?: Ref<HTMLButtonElement>;
}

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const first = words.length > 1 ? (words.at(-2) ?? '') : '';
  // Vietnamese names are addressed by the last word: "Nguyễn Thị Lan" → "TL".
  return `${first.charAt(0)}${last.charAt(0)}`.toUpperCase();
}

/**
 * The user menu's button: who is logged in (initials; name, role and unit on wide screens).
 * Also what stands in for the menu while its code arrives (see user-menu.tsx).
 */
export function UserMenuButton({ user, ...others }: UserMenuButtonProps) {
  const { t } = useTranslation();
  return (
    // Named by what it shows (speech control users say what they see), after a hidden "Tài khoản:".
    <UnstyledButton px="xs" py={4} style={{ borderRadius: 'var(--mantine-radius-sm)' }} {...others}>
      {/* The space between: the name reads "Tài khoản: Nguyễn…", not "Tài khoản:Nguyễn…". */}
      <VisuallyHidden>{t('user.account')}</VisuallyHidden>{' '}
      <VisuallyHidden hiddenFrom="lg">{user.fullName}</VisuallyHidden>
      <Group gap="sm" wrap="nowrap">
        <Avatar color="deskBlue" radius="xl" size={36} aria-hidden>
          {initials(user.fullName)}
        </Avatar>
        <Stack gap={0} visibleFrom="lg" miw={0}>
          <Text size="sm" fw={600} truncate="end" maw={{ base: 220, xl: 340 }}>
            {user.fullName}
          </Text>
          <Text size="xs" c="dimmed" truncate="end" maw={{ base: 220, xl: 340 }}>
            {t(`role.${user.role}`)} · {user.unitName}
          </Text>
        </Stack>
        <IconChevronDown size={16} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}
