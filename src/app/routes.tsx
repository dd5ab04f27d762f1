import { Navigate, type RouteObject } from 'react-router';
import { loadAdminStrings, loadCitizenStrings, loadPageStrings, loadPublicStrings, loadScreenStrings } from '../i18n/i18n.ts';
import { homePath, routePatterns } from '../lib/paths.ts';
import { redirectToSetupIfNeeded } from '../lib/setup-needed.ts';
import { RouteErrorPage } from './routes/route-error-page.tsx';
import { RouteHydrateFallback } from './routes/route-hydrate-fallback.tsx';

/**
 * Every screen of the app. Pages load lazily (each is its own chunk); every route has the
 * Vietnamese error element, so a failure deep inside the shell keeps the navigation.
 * A function, not a constant: a router takes ownership of (and mutates) its route
 * objects, so each router (one in the page, one per test) gets fresh ones.
 */
/** A layout behind the login, with the screens' strings (the login page has the core only). */
async function withScreenStrings<Module>(module: Promise<Module>): Promise<Module> {
  const [loaded] = await Promise.all([module, loadScreenStrings()]);
  return loaded;
}

/** A page the queues do not open, with its strings (see src/i18n/catalogue.ts); `sheets`: it prints official sheets. */
async function withPageStrings<Module>(module: Promise<Module>, { sheets = false } = {}): Promise<Module> {
  const [loaded] = await Promise.all([module, loadPageStrings({ sheets })]);
  return loaded;
}

/** A page that shows a citizen's dossiers, papers, fees or ratings, with those strings (not the queues'). */
async function withCitizenStrings<Module>(module: Promise<Module>): Promise<Module> {
  const [loaded] = await Promise.all([module, loadCitizenStrings()]);
  return loaded;
}

/** A page citizens use (the lookup, the counter tablet), with its strings. */
async function withPublicStrings<Module>(module: Promise<Module>): Promise<Module> {
  const [loaded] = await Promise.all([module, loadPublicStrings()]);
  return loaded;
}

/** An administration page (or the audit log, or the setup), with the administration's strings. */
async function withAdminStrings<Module>(module: Promise<Module>): Promise<Module> {
  const [loaded] = await Promise.all([module, loadAdminStrings()]);
  return loaded;
}

export function createRoutes(): RouteObject[] {
  const errorElement = <RouteErrorPage />;
  return [
    {
      id: 'root',
      errorElement,
      hydrateFallbackElement: <RouteHydrateFallback />,
      children: [
        {
          path: routePatterns.login,
          errorElement,
          loader: redirectToSetupIfNeeded,
          lazy: { Component: async () => (await import('../features/auth/components/login-page.tsx')).LoginPage },
        },
        {
          // Logged in, but outside the shell: a user who must change the password sees nothing else.
          path: routePatterns.changePassword,
          errorElement,
          lazy: { Component: async () => (await withScreenStrings(import('../features/auth/components/change-password-page.tsx'))).ChangePasswordPage },
        },
        {
          // The public lookup: no account; its own chunk, so the login page does not carry it.
          path: routePatterns.lookup,
          errorElement,
          lazy: { Component: async () => (await withScreenStrings(withCitizenStrings(withPublicStrings(import('../features/lookup/components/lookup-page.tsx'))))).LookupPage },
        },
        {
          // The counter tablet: the desk officer's session, outside the shell (the applicant uses it).
          id: 'counter',
          errorElement,
          lazy: { Component: async () => (await withScreenStrings(withCitizenStrings(withPublicStrings(import('./layout/counter-layout.tsx'))))).CounterLayout },
          children: [
            {
              path: routePatterns.counterRating,
              errorElement,
              lazy: { Component: async () => (await import('../features/counter/components/counter-rating-page.tsx')).CounterRatingPage },
            },
            {
              path: routePatterns.counterRatingDossier,
              errorElement,
              lazy: { Component: async () => (await import('../features/counter/components/counter-rating-page.tsx')).CounterRatingPage },
            },
          ],
        },
        {
          path: routePatterns.setup,
          errorElement,
          lazy: { Component: async () => (await withScreenStrings(withAdminStrings(import('../features/setup/components/setup-page.tsx')))).SetupPage },
        },
        {
          // The official forms: logged in, but outside the shell (no navigation on the sheet).
          id: 'print',
          errorElement,
          lazy: { Component: async () => (await withPageStrings(import('./layout/print-layout.tsx'), { sheets: true })).PrintLayout },
          children: [
            {
              path: routePatterns.printReceipt,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/receipt-print-page.tsx')).ReceiptPrintPage },
            },
            {
              path: routePatterns.printSupplementRequest,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/supplement-request-print-page.tsx')).SupplementRequestPrintPage },
            },
            {
              path: routePatterns.printRefusal,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/refusal-print-page.tsx')).RefusalPrintPage },
            },
            {
              path: routePatterns.printIntakeSlip,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/intake-slip-print-page.tsx')).IntakeSlipPrintPage },
            },
            {
              path: routePatterns.printApology,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/apology-print-page.tsx')).ApologyPrintPage },
            },
            {
              path: routePatterns.printStopNotice,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/stop-notice-print-page.tsx')).StopNoticePrintPage },
            },
            {
              path: routePatterns.printControlSlip,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/control-slip-print-page.tsx')).ControlSlipPrintPage },
            },
            {
              path: routePatterns.printFeeReceipt,
              errorElement,
              lazy: { Component: async () => (await import('../features/print/components/fee-receipt-print-page.tsx')).FeeReceiptPrintPage },
            },
          ],
        },
        {
          id: 'app-shell',
          path: '/',
          errorElement,
          lazy: { Component: async () => (await withScreenStrings(import('./layout/app-layout.tsx'))).AppLayout },
          children: [
            { index: true, errorElement, element: <Navigate to={homePath} replace /> },
            {
              path: routePatterns.dossiers,
              errorElement,
              lazy: { Component: async () => (await import('./routes/dossier-list-route.tsx')).DossierListRoute },
            },
            {
              path: routePatterns.dossier,
              errorElement,
              lazy: { Component: async () => (await withCitizenStrings(import('./routes/dossier-detail-route.tsx'))).DossierDetailRoute },
            },
            {
              path: routePatterns.intake,
              errorElement,
              lazy: { Component: async () => (await withCitizenStrings(withPageStrings(import('./routes/intake-route.tsx')))).IntakeRoute },
            },
            {
              path: routePatterns.person,
              errorElement,
              lazy: { Component: async () => (await withCitizenStrings(import('../features/dossiers/components/person-page.tsx'))).PersonPage },
            },
            {
              path: routePatterns.overview,
              errorElement,
              lazy: { Component: async () => (await withCitizenStrings(withPageStrings(import('../features/overview/components/overview-page.tsx')))).OverviewPage },
            },
            {
              path: routePatterns.register,
              errorElement,
              lazy: { Component: async () => (await withPageStrings(import('../features/register/components/register-page.tsx'), { sheets: true })).RegisterPage },
            },
            {
              path: routePatterns.adminProcedures,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/procedures/procedure-list-page.tsx'))).ProcedureListPage },
            },
            {
              path: routePatterns.adminProcedureNew,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/procedures/procedure-create-page.tsx'))).ProcedureCreatePage },
            },
            {
              path: routePatterns.adminProcedureImport,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/import/catalogue-import-page.tsx'))).CatalogueImportPage },
            },
            {
              path: routePatterns.adminProcedure,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/procedures/procedure-edit-page.tsx'))).ProcedureEditPage },
            },
            {
              path: routePatterns.adminFields,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/fields/fields-page.tsx'))).FieldsPage },
            },
            {
              path: routePatterns.adminUnits,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/units/units-page.tsx'))).UnitsPage },
            },
            {
              path: routePatterns.adminUsers,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/users/users-page.tsx'))).UsersPage },
            },
            {
              path: routePatterns.adminCalendar,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/admin/components/calendar/calendar-page.tsx'))).CalendarPage },
            },
            {
              path: routePatterns.adminSettings,
              errorElement,
              // The identity's letterhead preview is an official sheet's text (the print pages' strings, in Vietnamese).
              lazy: { Component: async () => (await withAdminStrings(withPageStrings(import('../features/admin/components/settings/settings-page.tsx'), { sheets: true }))).SettingsPage },
            },
            {
              path: routePatterns.auditLog,
              errorElement,
              lazy: { Component: async () => (await withAdminStrings(import('../features/audit/components/audit-log-page.tsx'))).AuditLogPage },
            },
            {
              path: '*',
              errorElement,
              lazy: { Component: async () => (await import('./routes/not-found-page.tsx')).NotFoundPage },
            },
          ],
        },
      ],
    },
  ];
}
