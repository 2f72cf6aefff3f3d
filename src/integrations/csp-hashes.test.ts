import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePolicy } from './csp-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('completePolicy', () => {
  it("adds the hash of each inline script and style the page has, once, and nothing for external ones", () => {
    const body = `<style>.a{}</style><script>go()</script><script type="module" src="/x.js"></script><style>.a{}</style>`;
    const out = policyOf(completePolicy(page("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-known';", body)));
    expect(out).toBe(`default-src 'self'; script-src 'self' ${hash('go()')}; style-src 'self' 'sha256-known' ${hash('.a{}')};`);
  });

  it('keeps a hash the policy already has and puts styles in style-src-elem when there is one', () => {
    const body = `<style>b{}</style><script>x</script>`;
    const out = policyOf(completePolicy(page(`script-src 'self' ${hash('x')}; style-src 'self'; style-src-elem 'self'; style-src-attr 'unsafe-inline';`, body)));
    expect(out).toBe(`script-src 'self' ${hash('x')}; style-src 'self'; style-src-elem 'self' ${hash('b{}')}; style-src-attr 'unsafe-inline';`);
  });

  it("adds no hash beside 'unsafe-inline' (it would switch it off)", () => {
    const out = policyOf(completePolicy(page("style-src 'self'; style-src-elem 'self' 'unsafe-inline';", '<style>c{}</style>')));
    expect(out).toBe("style-src 'self'; style-src-elem 'self' 'unsafe-inline';");
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<html><head></head><body><script>x</script></body></html>';
    expect(completePolicy(html)).toBe(html);
  });
});
