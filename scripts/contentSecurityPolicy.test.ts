import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './contentSecurityPolicy.ts';

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((part) => part.startsWith(`${name} `));
  if (!found) throw new Error(`no ${name} in ${policy}`);
  return found.split(' ').slice(1);
}

describe('buildContentSecurityPolicy', () => {
  it('keeps scripts to the app origin with no inline or eval', () => {
    const policy = buildContentSecurityPolicy('https://ll.thespacedevs.com/2.3.0');
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  });

  it('frames only the privacy-enhanced YouTube player', () => {
    const policy = buildContentSecurityPolicy(undefined);
    expect(directive(policy, 'frame-src')).toEqual(['https://www.youtube-nocookie.com']);
  });

  it('lets the configured API origin and any https source be reached, for run-time choices', () => {
    const policy = buildContentSecurityPolicy('http://127.0.0.1:4011/2.3.0');
    expect(directive(policy, 'connect-src')).toEqual(
      expect.arrayContaining(["'self'", 'https:', 'http://127.0.0.1:4011']),
    );
    expect(directive(policy, 'img-src')).toEqual(
      expect.arrayContaining(['https:', 'http://127.0.0.1:4011']),
    );
  });

  it('treats an origin-relative API URL as the app origin', () => {
    const policy = buildContentSecurityPolicy('/sample-api/2.3.0');
    expect(directive(policy, 'connect-src')).not.toContain('/sample-api/2.3.0');
    expect(directive(policy, 'connect-src')).toContain("'self'");
  });

  it('ignores a URL that is not http(s)', () => {
    const policy = buildContentSecurityPolicy('javascript:alert(1)');
    expect(policy).not.toContain('javascript');
  });
});
