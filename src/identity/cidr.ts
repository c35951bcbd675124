// IPv4 and IPv6 CIDR blocks and address matching, for `sourceCidr` identities.
//
// Node reports IPv4 clients of a dual-stack server as IPv4-mapped IPv6 addresses (`::ffff:10.0.1.7`);
// those are matched as the IPv4 address they carry, so `10.0.1.0/24` matches them. An address never
// matches a block of the other family (`::ffff:0:0/96` does not match `10.0.1.7`).
//
// Matching is Node's net.BlockList; the bigint network and mask stay for what BlockList does not
// offer: refusing host bits, block-in-block containment (the Cilium import) and canonical text.

import { BlockList, isIPv4, isIPv6 } from 'node:net';

export type IpFamily = 4 | 6;

/** A parsed CIDR block. */
export interface CidrBlock {
  /** As written, trimmed (`10.0.1.0/24`). */
  readonly text: string;
  readonly family: IpFamily;
  readonly prefixLength: number;
  /** The network address, host bits cleared. */
  readonly network: bigint;
  readonly mask: bigint;
  /** The block as a net.BlockList subnet, for matching. */
  readonly list: BlockList;
}

/** A client address: its family after folding IPv4-mapped IPv6, its value, and text BlockList accepts. */
export interface ParsedAddress {
  readonly family: IpFamily;
  readonly value: bigint;
  /** The address without a zone id; an IPv4-mapped IPv6 address as its dotted IPv4 form. */
  readonly text: string;
}

const IPV4_MAPPED_PREFIX = 0xffffn << 32n;

export class CidrSyntaxError extends Error {
  override readonly name = 'CidrSyntaxError';
}

function parseIPv4(text: string): bigint {
  const parts = text.split('.');
  let value = 0n;
  for (const part of parts) value = (value << 8n) | BigInt(Number(part));
  return value;
}

function parseIPv6(text: string): bigint {
  let head = text;
  // An embedded dotted IPv4 tail (`::ffff:1.2.3.4`) stands for the last two groups.
  let tail: bigint | undefined;
  const lastColon = head.lastIndexOf(':');
  const maybeV4 = head.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    tail = parseIPv4(maybeV4);
    head = head.slice(0, lastColon + 1) + '0:0';
  }
  const [left, right] = head.includes('::') ? head.split('::') : [head, undefined];
  const leftGroups = left ? left.split(':') : [];
  const rightGroups = right === undefined ? [] : right ? right.split(':') : [];
  const missing = 8 - leftGroups.length - rightGroups.length;
  const groups = [
    ...leftGroups,
    ...Array<string>(right === undefined ? 0 : missing).fill('0'),
    ...rightGroups,
  ];
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(parseInt(g, 16));
  if (tail !== undefined) value = (value & ~0xffffffffn) | tail;
  return value;
}

/** Parses an address as Node reports it (zone ids dropped, IPv4-mapped IPv6 folded to IPv4). */
export function parseAddress(address: string): ParsedAddress | undefined {
  const text = address.split('%')[0] ?? address;
  if (isIPv4(text)) return { family: 4, value: parseIPv4(text), text };
  if (!isIPv6(text)) return undefined;
  const value = parseIPv6(text);
  if (value >> 32n === IPV4_MAPPED_PREFIX >> 32n) {
    const v4 = value & 0xffffffffn;
    return { family: 4, value: v4, text: ipv4Text(v4) };
  }
  return { family: 6, value, text };
}

/** Parses `10.0.1.0/24`, `fd00::/8` or a bare address (a /32 or /128). Host bits must be zero. */
export function parseCidr(text: string): CidrBlock {
  const [addressText, lengthText, extra] = text.trim().split('/');
  if (addressText === undefined || extra !== undefined)
    throw new CidrSyntaxError(`'${text}' is not a CIDR block`);
  const family: IpFamily | undefined = isIPv4(addressText) ? 4 : isIPv6(addressText) ? 6 : undefined;
  if (family === undefined) throw new CidrSyntaxError(`'${addressText}' is not an IPv4 or IPv6 address`);
  const bits = family === 4 ? 32 : 128;
  if (lengthText !== undefined && !/^\d{1,3}$/.test(lengthText)) {
    throw new CidrSyntaxError(`prefix length '${lengthText}' is not a number`);
  }
  const prefixLength = lengthText === undefined ? bits : Number(lengthText);
  if (prefixLength > bits) {
    throw new CidrSyntaxError(`prefix length /${prefixLength} is longer than ${bits} bits`);
  }
  const value = family === 4 ? parseIPv4(addressText) : parseIPv6(addressText);
  const all = (1n << BigInt(bits)) - 1n;
  const mask = prefixLength === 0 ? 0n : (all << BigInt(bits - prefixLength)) & all;
  if ((value & ~mask & all) !== 0n) {
    // 10.0.1.5/24 is almost always a typo for 10.0.1.0/24 or 10.0.1.5/32; refuse to guess.
    throw new CidrSyntaxError(`'${text}' has host bits set after /${prefixLength}`);
  }
  const list = new BlockList();
  list.addSubnet(addressText, prefixLength, familyName(family));
  return { text: text.trim(), family, prefixLength, network: value, mask, list };
}

/** True when `address` lies in `block` (same family only; see the head of this file). */
export function cidrContains(block: CidrBlock, address: ParsedAddress): boolean {
  return block.family === address.family && block.list.check(address.text, familyName(address.family));
}

function familyName(f: IpFamily): 'ipv4' | 'ipv6' {
  return f === 4 ? 'ipv4' : 'ipv6';
}

function ipv4Text(v: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.');
}

/** Canonical text of an address (IPv4-mapped IPv6 folded), or undefined. */
export function canonicalAddress(address: string): string | undefined {
  const parsed = parseAddress(address);
  if (!parsed) return undefined;
  if (parsed.family === 4) return ipv4Text(parsed.value);
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((parsed.value >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(':');
}
