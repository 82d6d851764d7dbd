/** Syntax checks for parameter values, as OCaml and Ipaddr would accept them (pure). */
import { INT64_MAX, INT64_MIN, INT_MAX, INT_MIN, integerIn } from '../ocaml/numbers';

/** A module path such as `Unikernel.Make` or `Unikernel`. */
export function isModulePath(s: string): boolean {
  return /^[A-Z][A-Za-z0-9_']*(\.[A-Z][A-Za-z0-9_']*)*$/.test(s);
}

/** Dotted-quad IPv4 address (`10.0.0.2`), as `Ipaddr.V4.of_string` accepts it. */
export function isIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** IPv6 address in RFC 4291 text form (with `::` and an optional trailing IPv4). */
export function isIpv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.includes(':::')) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const all = halves.flatMap(groups);
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i]!;
    if (i === all.length - 1 && g.includes('.')) {
      if (!isIpv4(g)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** `address/length` with the length in range (`10.0.0.2/24`, `fd00::1/64`). */
export function isPrefix(s: string, v: 4 | 6): boolean {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  if (!m) return false;
  const len = Number(m[2]);
  return v === 4 ? isIpv4(m[1]!) && len <= 32 : isIpv6(m[1]!) && len <= 128;
}

/** An OCaml `int` (63-bit), given as a number or integer-literal text (`42`, `-7`, `0x1F`, `1_000`). */
export function isOcamlInt(v: unknown): boolean {
  return integerIn(v, INT_MIN, INT_MAX) !== null;
}

/** An `int64`, given as a number or integer-literal text. */
export function isOcamlInt64(v: unknown): boolean {
  return integerIn(v, INT64_MIN, INT64_MAX) !== null;
}

/** Logs levels as written in config.ml (`Logs.Info`), case-insensitive without the module. */
export const LOG_LEVELS = ['App', 'Error', 'Warning', 'Info', 'Debug'] as const;

export { compareVersions } from '../reference/versions';
