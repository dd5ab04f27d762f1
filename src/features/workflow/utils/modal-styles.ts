/** The dialogs' titles read as headings (Mantine's default title is body text). */
export const modalStyles = { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } as const;
