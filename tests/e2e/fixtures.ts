import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';

export { expect };

/**
 * Every spec imports `test` and `expect` from here. A Content-Security-Policy violation in
 * any page of the test (its own page, or a context it opened with `browser.newContext()`)
 * fails the test: Chromium reports each one on the console, and the pages also report the
 * `securitypolicyviolation` events. The contexts a test opened are closed after it.
 */
export const test = base.extend<{ contentSecurityPolicyGuard: void }>({
  contentSecurityPolicyGuard: [
    async ({ browser, context }, use) => {
      const violations: string[] = [];
      const watch = async (watched: BrowserContext) => {
        watched.on('console', (message) => {
          if (/Content[- ]Security[- ]Policy|securitypolicyviolation/i.test(message.text())) violations.push(`${message.type()}: ${message.text()}`);
        });
        await watched.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) =>
            console.error(`securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`),
          );
        });
      };
      await watch(context);
      const opened: BrowserContext[] = [];
      const newContext = browser.newContext.bind(browser);
      const patched: Browser['newContext'] = async (options) => {
        const created = await newContext(options);
        opened.push(created);
        await watch(created);
        return created;
      };
      browser.newContext = patched;
      try {
        await use();
      } finally {
        browser.newContext = newContext;
        // A context the test opened and left open would keep its pages running (polling
        // the queues' counts) through every later test, on the same two cores.
        await Promise.all(opened.map((created) => created.close().catch(() => undefined)));
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
