import { Navigate, type RouteObject } from 'react-router';
import { homePath, routePatterns } from '../lib/paths.ts';
import { RouteErrorPage } from './routes/route-error-page.tsx';
import { RouteHydrateFallback } from './routes/route-hydrate-fallback.tsx';

/**
 * Every screen of the app. Pages load lazily (each is its own chunk); every route has the
 * Vietnamese error element, so a failure deep inside the shell keeps the navigation.
 * A function, not a constant: a router takes ownership of (and mutates) its route
 * objects, so each router (one in the page, one per test) gets fresh ones.
 */
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
          lazy: { Component: async () => (await import('../features/auth/components/login-page.tsx')).LoginPage },
        },
        {
          id: 'app-shell',
          path: '/',
          errorElement,
          lazy: { Component: async () => (await import('./layout/app-layout.tsx')).AppLayout },
          children: [
            { index: true, errorElement, element: <Navigate to={homePath} replace /> },
            {
              path: routePatterns.dossiers,
              errorElement,
              lazy: { Component: async () => (await import('../features/dossiers/components/dossier-list-page.tsx')).DossierListPage },
            },
            {
              path: routePatterns.dossier,
              errorElement,
              lazy: { Component: async () => (await import('../features/dossiers/components/dossier-detail-page.tsx')).DossierDetailPage },
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
