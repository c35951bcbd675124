import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CidrSyntaxError, cidrContains, parseAddress, parseCidr } from '../../../src/identity/cidr.js';

function contains(cidr: string, address: string): boolean {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`not an address: ${address}`);
  return cidrContains(parseCidr(cidr), parsed);
}

describe('CIDR matching', () => {
  it('matches IPv4 addresses inside the block only', () => {
    expect(contains('10.0.1.0/24', '10.0.1.0')).toBe(true);
    expect(contains('10.0.1.0/24', '10.0.1.255')).toBe(true);
    expect(contains('10.0.1.0/24', '10.0.2.1')).toBe(false);
    expect(contains('10.0.1.0/24', '10.0.0.255')).toBe(false);
    expect(contains('0.0.0.0/0', '203.0.113.9')).toBe(true);
    expect(contains('192.0.2.7', '192.0.2.7')).toBe(true);
    expect(contains('192.0.2.7/32', '192.0.2.8')).toBe(false);
  });

  it('matches IPv6 addresses, compressed or not, with zone ids', () => {
    expect(contains('fd00:1234::/32', 'fd00:1234:0:0:0:0:0:1')).toBe(true);
    expect(contains('fd00:1234::/32', 'fd00:1235::1')).toBe(false);
    expect(contains('::1/128', '::1')).toBe(true);
    expect(contains('fe80::/10', 'fe80::1%eth0')).toBe(true);
    expect(contains('::/0', '2001:db8::1')).toBe(true);
  });

  it('matches IPv4-mapped IPv6 client addresses against IPv4 blocks, as Node reports them', () => {
    expect(contains('10.0.1.0/24', '::ffff:10.0.1.7')).toBe(true);
    expect(contains('10.0.1.0/24', '::ffff:10.0.9.7')).toBe(false);
    expect(contains('::ffff:0:0/96', '10.0.1.7')).toBe(false); // IPv6 block, IPv4 family address
  });

  it('never matches across address families', () => {
    expect(contains('0.0.0.0/0', '2001:db8::1')).toBe(false);
    expect(contains('::/0', '10.0.0.1')).toBe(false);
  });

  it('rejects malformed blocks and blocks with host bits set', () => {
    expect(() => parseCidr('10.0.1.5/24')).toThrow(CidrSyntaxError);
    expect(() => parseCidr('10.0.1.0/33')).toThrow(/longer than 32 bits/);
    expect(() => parseCidr('fd00::/129')).toThrow(/longer than 128 bits/);
    expect(() => parseCidr('10.0.1/24')).toThrow(/not an IPv4 or IPv6 address/);
    expect(() => parseCidr('10.0.1.0/x')).toThrow(/not a number/);
    expect(() => parseCidr('10.0.1.0/24/1')).toThrow(CidrSyntaxError);
  });

  it('agrees with a bit-by-bit comparison for random IPv4 blocks and addresses', () => {
    const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
    fc.assert(
      fc.property(ip, fc.integer({ min: 0, max: 32 }), ip, (net, len, addr) => {
        const n = net.reduce((a, b) => a * 256 + b, 0);
        const masked = len === 0 ? 0 : Number((BigInt(n) >> BigInt(32 - len)) << BigInt(32 - len));
        const text = [24, 16, 8, 0].map((s) => (masked >>> s) & 255).join('.');
        const a = addr.reduce((x, y) => x * 256 + y, 0);
        const expected = len === 0 || a >>> (32 - len) === masked >>> (32 - len);
        return contains(`${text}/${len}`, addr.join('.')) === expected;
      }),
    );
  });
});
