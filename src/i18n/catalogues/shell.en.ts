import type { shellVi } from './shell.vi.ts';

/** Strings of the tools every screen shares, in English. */
export const shellEn: typeof shellVi = {
  closeDialog: 'Close the dialog',
  reportLinks: {
    overview: 'Overview',
    register: 'Tracking register',
  },
  intakeLink: {
    label: 'Receive a dossier',
    shortcut: 'F2',
    shortcutHint: 'Shortcut F2',
  },
  unsaved: {
    dialogTitle: 'Discard what you typed?',
    dialogBody: 'What you typed in this dialog will be lost if you close it.',
    pageTitle: 'Leave without saving?',
    pageBody: 'What you typed on this page is not saved and will be lost if you leave.',
    keepEditing: 'Keep editing',
    discard: 'Discard what I typed',
    leave: 'Leave the page',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    open: 'Keyboard shortcuts',
    hint: 'Press ? anywhere to see this list again.',
    groups: { everywhere: 'Everywhere', list: 'Dossier list', dossier: 'Dossier page', dialog: 'Dialogs' },
    keys: {
      help: 'Open the list of shortcuts',
      palette: 'Open the command palette: go to a queue, open a dossier, take a step',
      search: 'Put the cursor in the dossier search box',
      intake: 'Receive a new dossier (desk officers)',
      scan: 'Scan the barcode/QR code on a receipt: opens that dossier at once',
      rowNext: 'Move to the next dossier',
      rowPrevious: 'Move to the previous dossier',
      rowOpen: 'Open the selected dossier',
      nextDossier: 'Open the next dossier of the list',
      previousDossier: 'Open the previous dossier of the list',
      submit: 'Submit the dialog (take the step)',
      close: 'Close the dialog',
    },
  },
  palette: {
    label: 'Command palette',
    placeholder: 'Type a queue, a step, a dossier code or an applicant’s name…',
    nothingFound: 'No matching command or dossier.',
    searching: 'Searching dossiers…',
    searchFailed: 'Could not search dossiers.',
    groups: { actions: 'Steps on the open dossier', navigation: 'Go to', dossiers: 'Dossiers' },
    goTo: 'Go to: {{name}}',
    openDossier: 'Open dossier {{code}}',
  },
  scanner: {
    notFound: 'No dossier has the code {{code}}.',
    failed: 'Could not open dossier {{code}}. Please try again.',
  },
  nextDossier: {
    navigation: 'Previous and next dossier of the list',
    next: 'Next dossier',
    previous: 'Previous dossier',
    nextLabel: 'Next dossier of the list: {{code}}',
    previousLabel: 'Previous dossier of the list: {{code}}',
  },
  colorScheme: {
    label: 'Appearance',
    light: 'Light',
    dark: 'Dark',
    auto: 'Same as the system',
  },
};
