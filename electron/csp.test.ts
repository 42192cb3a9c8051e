import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, withSecurityHeaders } from './csp.ts';

describe('cspHeader', () => {
  it('never allows eval or inline scripts', () => {
    expect(cspHeader()).not.toContain('unsafe-eval');
    const script = cspHeader()
      .split('; ')
      .find((directive) => directive.startsWith('script-src '));
    expect(script).toBe("script-src 'self'");
  });

  it.each([
    ["default-src 'self'"],
    ["script-src 'self'"],
    ["style-src 'self' 'unsafe-inline'"],
    ["img-src 'self' data: blob:"],
    ["media-src 'self' blob:"],
    ["font-src 'self' data:"],
    ["connect-src 'self'"],
    ["worker-src 'self' blob:"],
    ["object-src 'none'"],
    ["base-uri 'none'"],
    ["form-action 'none'"],
    ["frame-ancestors 'none'"],
  ])('contains %s', (directive) => {
    expect(cspHeader().split('; ')).toContain(directive);
  });

  it('allows no remote host anywhere', () => {
    expect(cspHeader()).not.toMatch(/https?:|\*/);
    expect(CSP_DIRECTIVES.map(([name]) => name)).toHaveLength(new Set(CSP_DIRECTIVES.map(([n]) => n)).size);
  });
});

describe('cspHeader with shared projects', () => {
  it('admits exactly the team servers in connect-src and nowhere else', () => {
    const header = cspHeader(['wss://koor.example.org']);
    expect(header.split('; ')).toContain("connect-src 'self' wss://koor.example.org");
    expect(header.replace("connect-src 'self' wss://koor.example.org", '')).toBe(
      cspHeader().replace("connect-src 'self'", ''),
    );
  });
});

describe('withSecurityHeaders', () => {
  it('replaces a CSP already present, whatever its case, and keeps other headers', () => {
    const headers = withSecurityHeaders({
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
      'Content-Type': ['text/html'],
    });
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']).toBe(cspHeader());
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
