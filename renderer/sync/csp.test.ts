import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../electron/csp.ts';

const SCRIPT = readFileSync(new URL('../public/csp.js', import.meta.url), 'utf8');

/** Runs the page's csp.js with `stored` under koor.teamServers and returns the policy it wrote. */
function policyWith(stored: string | null): string {
  const written: { httpEquiv?: string; content?: string }[] = [];
  const context = {
    window: { localStorage: { getItem: (key: string) => (key === 'koor.teamServers' ? stored : null) } },
    document: {
      createElement: () => ({}),
      head: { prepend: (meta: { httpEquiv?: string; content?: string }) => written.push(meta) },
    },
  };
  vm.runInNewContext(SCRIPT, context);
  expect(written).toHaveLength(1);
  expect(written[0]!.httpEquiv).toBe('Content-Security-Policy');
  return written[0]!.content!;
}

const connect = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src '));

describe('the page’s Content-Security-Policy (csp.js)', () => {
  it('is Electron’s policy (less frame-ancestors, which a <meta> cannot set) when no project is shared', () => {
    const expected = CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors')
      .map(([name, value]) => `${name} ${value}`)
      .join('; ');
    expect(policyWith(null)).toBe(expected);
    expect(connect(policyWith('[]'))).toBe("connect-src 'self'");
  });

  it('admits exactly the team servers of shared projects', () => {
    const policy = policyWith(JSON.stringify(['wss://koor.example.org', 'ws://127.0.0.1:4321']));
    expect(connect(policy)).toBe("connect-src 'self' wss://koor.example.org ws://127.0.0.1:4321");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', '"wss://a.b"'],
    ['a wildcard', '["wss://*"]'],
    ['another scheme', '["https://evil.example"]'],
    ['a path or a second source smuggled in', '["wss://a.b/x", "wss://a.b https://evil.example"]'],
  ])('admits nothing extra for %s', (_, stored) => {
    expect(connect(policyWith(stored))).toBe("connect-src 'self'");
  });
});
