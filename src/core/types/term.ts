/**
 * Module-type terms of the Mirage eDSL: `stackv4v6`, `'a ip`, `v4v6 tcp`, `(dhcp_ipv4 -> network)`.
 * A term is a type constructor applied to arguments (OCaml postfix order) or a type variable.
 */
export type Ty =
  | { readonly kind: 'con'; readonly name: string; readonly args: readonly Ty[] }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'arrow'; readonly from: Ty; readonly to: Ty };

/** A constructor term, e.g. con('ip', [con('v4')]) for `v4 ip`. */
export function con(name: string, args: readonly Ty[] = []): Ty {
  return { kind: 'con', name, args };
}

/** A type variable, written `'name`. */
export function tvar(name: string): Ty {
  return { kind: 'var', name };
}

/** Parses an OCaml type expression of the module-type subset; throws SyntaxError on anything else. */
export function parseTy(src: string): Ty {
  const toks = src.match(/'[a-z_][A-Za-z0-9_']*|[A-Za-z_][A-Za-z0-9_.']*|->|[(),*]/g) ?? [];
  if (toks.join('').replace(/\s/g, '') !== src.replace(/\s/g, '')) throw new SyntaxError(`unsupported type: ${src}`);
  let i = 0;
  const peek = () => toks[i];
  const arrow = (): Ty => {
    const left = app();
    if (peek() === '->') {
      i++;
      return { kind: 'arrow', from: left, to: arrow() };
    }
    return left;
  };
  const atom = (): Ty[] => {
    const t = toks[i++];
    if (t === undefined) throw new SyntaxError(`unexpected end of type: ${src}`);
    if (t === '(') {
      const items = [arrow()];
      while (peek() === ',') {
        i++;
        items.push(arrow());
      }
      if (toks[i++] !== ')') throw new SyntaxError(`missing ) in type: ${src}`);
      return items;
    }
    if (t.startsWith("'")) return [tvar(t.slice(1))];
    if (/^[A-Za-z_]/.test(t)) return [con(t)];
    throw new SyntaxError(`unexpected '${t}' in type: ${src}`);
  };
  const app = (): Ty => {
    let args = atom();
    while (peek() !== undefined && /^[a-z_A-Z]/.test(peek()!) && !peek()!.startsWith("'")) {
      args = [con(toks[i++]!, args)];
    }
    if (args.length !== 1) throw new SyntaxError(`tuple of types without constructor: ${src}`);
    return args[0]!;
  };
  const t = arrow();
  if (i !== toks.length) throw new SyntaxError(`trailing tokens in type: ${src}`);
  return t;
}

/** Prints a term as OCaml (`v4v6 tcp`, `'a ip`, `(a, b) t`). */
export function printTy(t: Ty): string {
  switch (t.kind) {
    case 'var':
      return `'${t.name}`;
    case 'arrow': {
      const from = t.from.kind === 'arrow' ? `(${printTy(t.from)})` : printTy(t.from);
      return `${from} -> ${printTy(t.to)}`;
    }
    case 'con': {
      if (t.args.length === 0) return t.name;
      const args = t.args.map((a) => (a.kind === 'arrow' ? `(${printTy(a)})` : printTy(a)));
      return t.args.length === 1 ? `${args[0]} ${t.name}` : `(${args.join(', ')}) ${t.name}`;
    }
  }
}

/** Structural equality of two terms. */
export function tyEqual(a: Ty, b: Ty): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'var') return a.name === (b as typeof a).name;
  if (a.kind === 'arrow') {
    const bb = b as typeof a;
    return tyEqual(a.from, bb.from) && tyEqual(a.to, bb.to);
  }
  const bb = b as typeof a;
  return a.name === bb.name && a.args.length === bb.args.length && a.args.every((x, i) => tyEqual(x, bb.args[i]!));
}

/** The type variables of a term, in order of first occurrence. */
export function tyVars(t: Ty, acc: string[] = []): string[] {
  if (t.kind === 'var') {
    if (!acc.includes(t.name)) acc.push(t.name);
  } else if (t.kind === 'arrow') {
    tyVars(t.from, acc);
    tyVars(t.to, acc);
  } else t.args.forEach((a) => tyVars(a, acc));
  return acc;
}

/** Renames every variable with `f` (used to give each device instance fresh variables). */
export function renameVars(t: Ty, f: (name: string) => string): Ty {
  if (t.kind === 'var') return tvar(f(t.name));
  if (t.kind === 'arrow') {
    const from = renameVars(t.from, f);
    const to = renameVars(t.to, f);
    return from === t.from && to === t.to ? t : { kind: 'arrow', from, to };
  }
  // A term without variables is returned as it is (terms are immutable): no copy per instance of a ground type.
  if (t.args.length === 0) return t;
  const args = t.args.map((a) => renameVars(a, f));
  return args.every((a, i) => a === t.args[i]) ? t : con(t.name, args);
}
