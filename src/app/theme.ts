import {
  createTheme,
  rem,
  type ActionIconFactory,
  type AlertFactory,
  type AnchorFactory,
  type AppShellFactory,
  type BadgeFactory,
  type ButtonFactory,
  type CardFactory,
  type ExtendComponent,
  type FactoryPayload,
  type LoaderFactory,
  type MantineColorsTuple,
  type MantineThemeComponent,
  type MenuFactory,
  type ModalFactory,
  type MultiSelectFactory,
  type NavLinkFactory,
  type PaginationFactory,
  type SelectFactory,
  type TableFactory,
  type TimelineFactory,
  type TitleFactory,
  type TooltipFactory,
} from '@mantine/core';

/**
 * `Component.extend(…)` without importing the component: Mantine's `extend` returns its
 * argument, and importing Modal, Select or AppShell here would put them (and their
 * floating-ui and scroll-lock dependencies) into the login page's first download.
 */
function extend<Payload extends FactoryPayload>(input: ExtendComponent<Payload>): MantineThemeComponent {
  return input;
}

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
  primaryShade: { light: 7, dark: 5 },
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
    ActionIcon: extend<ActionIconFactory>({ defaultProps: { variant: 'subtle' } }),
    Alert: extend<AlertFactory>({ defaultProps: { variant: 'light' } }),
    Anchor: extend<AnchorFactory>({ defaultProps: { underline: 'hover' } }),
    AppShell: extend<AppShellFactory>({ defaultProps: { padding: 'md' } }),
    // Vietnamese in capitals loses its diacritics' legibility: badges keep sentence case.
    Badge: extend<BadgeFactory>({ defaultProps: { variant: 'light', size: 'lg', radius: 'sm', tt: 'none', fw: 600 } }),
    Button: extend<ButtonFactory>({ defaultProps: { fw: 600 } }),
    Card: extend<CardFactory>({ defaultProps: { withBorder: true, padding: 'lg', radius: 'md' } }),
    Loader: extend<LoaderFactory>({ defaultProps: { type: 'dots' } }),
    Menu: extend<MenuFactory>({ defaultProps: { shadow: 'md', position: 'bottom-end', withinPortal: true } }),
    Modal: extend<ModalFactory>({ defaultProps: { centered: true } }),
    MultiSelect: extend<MultiSelectFactory>({ defaultProps: { checkIconPosition: 'left' } }),
    NavLink: extend<NavLinkFactory>({ defaultProps: { variant: 'light' } }),
    Pagination: extend<PaginationFactory>({ defaultProps: { size: 'sm' } }),
    Select: extend<SelectFactory>({ defaultProps: { allowDeselect: false, checkIconPosition: 'left' } }),
    Table: extend<TableFactory>({ defaultProps: { verticalSpacing: 'sm', horizontalSpacing: 'sm', highlightOnHover: true } }),
    Timeline: extend<TimelineFactory>({ defaultProps: { bulletSize: 22, lineWidth: 2 } }),
    Title: extend<TitleFactory>({ defaultProps: { textWrap: 'balance' } }),
    Tooltip: extend<TooltipFactory>({ defaultProps: { withArrow: true, openDelay: 300 } }),
  },
});
