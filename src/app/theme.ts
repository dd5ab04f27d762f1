import {
  ActionIcon,
  Alert,
  Anchor,
  AppShell,
  Badge,
  Button,
  Card,
  createTheme,
  Loader,
  Menu,
  Modal,
  MultiSelect,
  NavLink,
  Pagination,
  Select,
  Table,
  Timeline,
  Title,
  Tooltip,
  rem,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * A calm, slightly desaturated blue: it reads as "official" without the glare of a
 * saturated brand blue after eight hours at the desk. Shade 7 (the primary) gives white
 * text a 5.8:1 contrast on filled buttons and is readable as link text on white.
 */
const deskBlue: MantineColorsTuple = [
  '#edf3fa',
  '#dae5f2',
  '#b3c9e4',
  '#89abd6',
  '#6692ca',
  '#5082c3',
  '#437ac1',
  '#3466a9',
  '#2c5b98',
  '#1f4e87',
];

/**
 * No web font ships offline, so the stack lists system fonts that carry the full
 * Vietnamese repertoire (stacked diacritics such as ặ, ỗ, ữ): Segoe UI on Windows, the
 * Apple system font, Roboto/Noto on Android and ChromeOS, Noto/DejaVu/Liberation on Linux.
 * `system-ui` is left out on purpose: on Windows it follows the display language and can
 * pick a face without Vietnamese glyphs.
 */
const fontFamily =
  '"Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
const fontFamilyMonospace =
  'ui-monospace, "Cascadia Mono", "Segoe UI Mono", Consolas, "Roboto Mono", "Noto Sans Mono", "Liberation Mono", "DejaVu Sans Mono", monospace';

export const theme = createTheme({
  colors: { deskBlue },
  primaryColor: 'deskBlue',
  // Shade 7 in both schemes: white on a filled button keeps 5.8:1 (shade 5 gave 3.9:1 in the dark).
  primaryShade: { light: 7, dark: 7 },
  fontFamily,
  fontFamilyMonospace,
  // Components default to `sm`: 15px is the base size of inputs, tables and navigation.
  fontSizes: { xs: rem(13), sm: rem(15), md: rem(16), lg: rem(18), xl: rem(20) },
  lineHeights: { xs: '1.45', sm: '1.5', md: '1.55', lg: '1.6', xl: '1.6' },
  headings: {
    fontFamily,
    fontWeight: '650',
    sizes: {
      h1: { fontSize: rem(26), lineHeight: '1.3' },
      h2: { fontSize: rem(21), lineHeight: '1.35' },
      h3: { fontSize: rem(18), lineHeight: '1.4' },
      h4: { fontSize: rem(16), lineHeight: '1.45' },
    },
  },
  defaultRadius: 'sm',
  // Keyboard users always see where they are; mouse clicks do not leave rings behind.
  focusRing: 'auto',
  cursorType: 'pointer',
  respectReducedMotion: true,
  components: {
    ActionIcon: ActionIcon.extend({ defaultProps: { variant: 'subtle' } }),
    Alert: Alert.extend({ defaultProps: { variant: 'light' } }),
    Anchor: Anchor.extend({ defaultProps: { underline: 'hover' } }),
    AppShell: AppShell.extend({ defaultProps: { padding: 'md' } }),
    // Vietnamese in capitals loses its diacritics' legibility: badges keep sentence case.
    Badge: Badge.extend({ defaultProps: { variant: 'light', size: 'lg', radius: 'sm', tt: 'none', fw: 600 } }),
    Button: Button.extend({ defaultProps: { fw: 600 } }),
    Card: Card.extend({ defaultProps: { withBorder: true, padding: 'lg', radius: 'md' } }),
    Loader: Loader.extend({ defaultProps: { type: 'dots' } }),
    // No focus placeholder in the menu (a focusable child that is not a menu item): the
    // first item takes focus when the menu opens from the keyboard.
    Menu: Menu.extend({ defaultProps: { shadow: 'md', position: 'bottom-end', withinPortal: true, withInitialFocusPlaceholder: false } }),
    // A dialog's title is its heading (an h2): it reads as one, not as body text.
    Modal: Modal.extend({ defaultProps: { centered: true }, styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { checkIconPosition: 'left' } }),
    NavLink: NavLink.extend({ defaultProps: { variant: 'light' } }),
    Pagination: Pagination.extend({ defaultProps: { size: 'sm' } }),
    // A picker opens when typed into or clicked, not when it gets focus: a dialog that puts
    // focus in its first picker still closes with one Esc.
    Select: Select.extend({ defaultProps: { allowDeselect: false, checkIconPosition: 'left', openOnFocus: false } }),
    Table: Table.extend({ defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'sm', highlightOnHover: true } }),
    Timeline: Timeline.extend({ defaultProps: { bulletSize: 22, lineWidth: 2 } }),
    Title: Title.extend({ defaultProps: { textWrap: 'balance' } }),
    Tooltip: Tooltip.extend({ defaultProps: { withArrow: true, openDelay: 300 } }),
  },
});
