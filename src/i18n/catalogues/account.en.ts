import type { accountVi } from './account.vi.ts';

export const accountEn: typeof accountVi = {
  changePassword: {
    title: 'Change password',
    forcedTitle: 'Choose a new password',
    forcedBody: 'To protect your account, choose a new password before you continue.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Repeat the new password',
    rules: 'At least {{min}} characters, not containing your username, and not a common password.',
    othersEnd: 'Your other sessions (on other computers or browsers) will end.',
    submit: 'Change password',
    submitting: 'Changing the password…',
    done: 'Password changed.',
    back: 'Back',
    logout: 'Log out',
  },
  logoutEverywhere: {
    action: 'Log out on every device',
    running: 'Logging out on every device…',
    failed: 'Could not log out on every device. Please try again.',
  },
};
