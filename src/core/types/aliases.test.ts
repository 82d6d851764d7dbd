import { describe, expect, it } from 'vitest';
import { abbreviate, aliasesFor, expandTy } from './aliases';
import { mirageTypeName } from './show';
import { parseTy, printTy, tyEqual } from './term';

describe('type abbreviations', () => {
  it('expands tcpv4v6 to v4v6 tcp and ipv4 to v4 ip', () => {
    expect(tyEqual(expandTy(parseTy('tcpv4v6'), '4.11.1'), parseTy('v4v6 tcp'))).toBe(true);
    expect(printTy(expandTy(parseTy('ipv4'), '4.11.1'))).toBe('v4 ip');
    expect(printTy(expandTy(parseTy('udpv4v6'), '4.5.1'))).toBe('v4v6 udp');
  });

  it('expands inside arguments and arrows', () => {
    expect(printTy(expandTy(parseTy('ipv6 -> tcpv4v6'), '4.11.1'))).toBe('v6 ip -> v4v6 tcp');
  });

  it('leaves opaque device types alone', () => {
    expect(printTy(expandTy(parseTy('stackv4v6'), '4.11.1'))).toBe('stackv4v6');
    expect(aliasesFor('4.11.1').has('stackv4v6')).toBe(false);
  });

  it('knows the IPv4-only aliases only where they exist (4.0.0)', () => {
    expect(aliasesFor('4.0.0').has('tcpv4')).toBe(true);
    expect(aliasesFor('4.11.1').has('tcpv4')).toBe(false);
  });

  it('abbreviates back to the Mirage name, and shows variables as in OCaml', () => {
    expect(printTy(abbreviate(parseTy('v4v6 tcp'), '4.11.1'))).toBe('tcpv4v6');
    expect(mirageTypeName(parseTy('v4 ip'), '4.11.1')).toBe('ipv4');
    expect(mirageTypeName(parseTy("'x7 udp"), '4.11.1')).toBe("'a udp");
    expect(mirageTypeName(parseTy('v6 udp'), '4.11.1')).toBe('v6 udp');
  });
});
