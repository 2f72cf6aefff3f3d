// The Content-Security-Policy every page carries (issue 15, "Locked down"): a <meta> (GitHub
// Pages sets no headers) that allows scripts only from the site and by hash, no plugins, no
// <base> elsewhere; a script injected into a page does not run, and the page itself reports no
// violation while its islands hydrate and search runs.
import { test, expect } from '@playwright/test';
import { openPage } from './pages';

const PAGES = ['', 'en/', 'ko/04-stacks-at-work/', 'en/07-cpython-memory/', 'ko/lab/', 'en/progress/'];

for (const path of PAGES) {
  test(`${path || 'the site root'}: a strict policy, and nothing it refuses`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    if (path === '') {
      // The root redirects at once (its inline script is allowed by hash).
      await page.goto('');
      await expect(page).toHaveURL(/\/(en|ko)\/$/);
    } else {
      await openPage(page, path, { islands: true });
    }
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    // WebAssembly only on the lab's page (Pagefind compiles its own in a worker).
    expect(directives.get('script-src')!.includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval'").toBe(path.endsWith('lab/'));
    // The lab alone allows inline <style> elements: CodeMirror writes its theme into one.
    if (!path.endsWith('lab/')) expect(directives.get('style-src-elem') ?? directives.get('style-src')).not.toContain("'unsafe-inline'");

    // An injected inline script and an inline event handler do not run.
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean; handled?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.handled = true');
      img.src = 'data:,nothing';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return { injected: w.injected === true, handled: w.handled === true };
    });
    expect(ran).toEqual({ injected: false, handled: false });
    // Only the two injections above were refused.
    expect(violations.filter((v) => !/inline/i.test(v))).toEqual([]);
    expect(violations.length).toBeLessThanOrEqual(2);
  });
}

test('search runs under the policy (Pagefind compiles its WebAssembly in its worker, not in the page)', async ({ page }) => {
  const violations: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    else if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  await page.goto('en/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('heap');
  await expect(dialog.locator('a[href*="/en/06-the-heap/"]').first()).toBeVisible({ timeout: 10_000 });
  expect(violations).toEqual([]);
  // No "falling back to the main thread", where the page's policy would refuse the WebAssembly.
  expect(warnings.filter((w) => /pagefind|web ?worker|webassembly|main thread/i.test(w))).toEqual([]);
  // And the page itself may not compile any.
  const compiled = await page.evaluate(() =>
    WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (e: Error) => e.name),
  );
  expect(compiled).toBe('CompileError');
});
