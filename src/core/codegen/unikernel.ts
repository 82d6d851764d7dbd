import { catalogFor } from '../catalog';
import { strList } from '../catalog/ports';
import type { Design, DeviceInstance } from '../design/schema';
import { cmdlinerDefinition } from './cmdliner';
import { runtimeArgsSupported } from './ir-instances';
import { moduleIdent, unikernelArgName } from './names';
import { commentSafe } from './ocaml-literals';
import { prepareDesign } from './prepare';

/** One OCaml source file of the unikernel (`unikernel.ml`, or another unit a `main` names). */
export interface UnitFile {
  path: string;
  contents: string;
}

const PARAM_NAMES: Record<string, string> = {
  stackv4v6: 'Stack',
  stackv4: 'Stack',
  stackv6: 'Stack',
  kv_ro: 'Kv',
  kv_rw: 'Kv',
};

/**
 * Module types the reference documents only for the latest release (`types[].signature`, from
 * mirage-skeleton or mirage.mli examples), used when the version has none; `inferred` ones are unverified.
 */
const LATEST_SIGNATURES: Record<string, { sig: string; inferred?: boolean }> = {
  tcpv4v6: { sig: 'Tcpip.Tcp.S with type ipaddr = Ipaddr.t' },
  udpv4v6: { sig: 'Tcpip.Udp.S with type ipaddr = Ipaddr.t', inferred: true },
  resolver: { sig: 'Resolver_mirage.S', inferred: true },
  dns_client: { sig: 'Dns_client_mirage.S' },
  happy_eyeballs: { sig: 'Happy_eyeballs_mirage.S', inferred: true },
  conduit: { sig: 'Conduit_mirage.S' },
  http: { sig: 'Cohttp_mirage.Server.S' },
  http_client: { sig: 'Cohttp_lwt.S.Client' },
  git_client: { sig: 'sig end' },
  mimic: { sig: 'Mimic_happy_eyeballs.S' },
  http_server: { sig: 'Paf_mirage.S with type ipaddr = Ipaddr.t' },
  alpn_client: { sig: 'Http_mirage_client.S' },
};

/** The module signature of a functor parameter for a typ at the design's version (`Tcpip.Stack.V4V6`). */
export function typSignature(design: Design, typ: string): { sig: string; comment?: string } {
  const typSpec = catalogFor(design.mirage).typs.get(typ);
  const known = typSpec?.signature;
  const latest = typSpec && Object.hasOwn(LATEST_SIGNATURES, typ) ? LATEST_SIGNATURES[typ] : undefined;
  if (!known && latest) {
    return latest.inferred ? { sig: latest.sig, comment: `module type of ${typ} inferred from its implementation; check it` } : { sig: latest.sig };
  }
  if (!known) return { sig: 'sig end', comment: `the module type of ${typ} is not known for Mirage ${design.mirage}` };
  const alts = known.split(' || ').map((s) => s.trim()).filter(Boolean);
  const sig = alts[0] ?? 'sig end';
  if (!/^(sig end|[A-Z][A-Za-z0-9_'.]*( with type [a-z_][A-Za-z0-9_']* = [A-Za-z0-9_'.]+)*)$/.test(sig)) {
    return { sig: 'sig end', comment: `module type of ${typ}: ${sig}` };
  }
  return alts.length > 1 ? { sig, comment: `other possible module types: ${alts.slice(1).join(', ')}` } : { sig };
}

/** The functor (or plain module) for one `main`: parameters per functor argument, `start` taking them in order. */
function moduleText(design: Design, inner: string[], main: DeviceInstance): string {
  const typs = strList(main.params.functor);
  const used = new Map<string, number>();
  const params = typs.map((t) => {
    const base = (Object.hasOwn(PARAM_NAMES, t) ? PARAM_NAMES[t] : undefined) ?? moduleIdent(t, 'Dev');
    const k = (used.get(base) ?? 0) + 1;
    used.set(base, k);
    return { mod: k === 1 ? base : `${base}${k}`, typ: t, ...typSignature(design, t) };
  });
  const rts = runtimeArgsSupported(design.mirage)
    ? strList(main.params.runtime_args).filter((n) => design.runtimeArgs.some((r) => r.name === n))
    : [];
  const startArgs = [...params.map((p) => `_${p.mod.toLowerCase()}`), ...rts.map((n) => `_${unikernelArgName(n)}`)];
  const start = `let start ${startArgs.length ? startArgs.join(' ') : '()'} = Lwt.return_unit`;
  const comments = params.filter((p) => p.comment).map((p) => `(* ${commentSafe(p.comment!)} *)`);
  if (inner.length === 0) return [...comments, start].join('\n');
  const head = `module ${inner[inner.length - 1]}${params.map((p) => ` (${p.mod} : ${p.sig})`).join('')} = struct`;
  let text = [...comments, head, `  ${start}`, 'end'].join('\n');
  for (const outer of inner.slice(0, -1).reverse()) text = `module ${outer} = struct\n${text.replace(/^/gm, '  ')}\nend`;
  return text;
}

/**
 * The unikernel sources: `unikernel.ml` with the Cmdliner runtime arguments and one module per
 * `main` module name (`Unikernel.Make` → `module Make (…) = struct let start … end`), plus a file
 * per other compilation unit a main names (pure).
 */
export function unikernelFiles(input: Design): UnitFile[] {
  const design = prepareDesign(input);
  const units = new Map<string, Map<string, string>>();
  units.set('Unikernel', new Map());
  for (const d of design.devices) {
    if (d.device !== 'main') continue;
    const mod = typeof d.params.module === 'string' && d.params.module.trim() ? d.params.module.trim() : 'Unikernel';
    const path = mod.split('.');
    if (!path.every((p) => /^[A-Z][A-Za-z0-9_']*$/.test(p))) {
      units.get('Unikernel')!.set(`#${mod}`, `(* ${commentSafe(`main ${mod} is not a module path such as Unikernel.Make: write that module yourself`)} *)`);
      continue;
    }
    const unit = path[0]!;
    const mods = units.get(unit) ?? new Map<string, string>();
    units.set(unit, mods);
    if (!mods.has(mod)) mods.set(mod, moduleText(design, path.slice(1), d));
  }
  const files: UnitFile[] = [];
  for (const [unit, mods] of units) {
    const parts = ['(* Generated by Mirage Composer: fill in your unikernel here. *)'];
    const rts = unit === 'Unikernel' && runtimeArgsSupported(design.mirage) ? design.runtimeArgs : [];
    if (unit === 'Unikernel' && !runtimeArgsSupported(design.mirage) && design.runtimeArgs.length) {
      parts.push('(* Runtime arguments need Mirage 4.5 or later; use configuration keys instead. *)');
    }
    if (rts.length) {
      parts.push('open Cmdliner');
      const seen = new Set<string>();
      for (const ra of rts) {
        if (seen.has(unikernelArgName(ra.name))) continue;
        seen.add(unikernelArgName(ra.name));
        parts.push(cmdlinerDefinition(ra));
      }
    }
    parts.push(...mods.values());
    files.push({ path: `${unit.charAt(0).toLowerCase()}${unit.slice(1)}.ml`, contents: `${parts.join('\n\n')}\n` });
  }
  return files;
}

/** The text of unikernel.ml (see `unikernelFiles`). */
export function printUnikernelMl(design: Design): string {
  return unikernelFiles(design).find((f) => f.path === 'unikernel.ml')!.contents;
}
