import type { RuntimeArg } from '../../core/design/schema';
import { useDesignStore, useDesignStoreApi } from '../store/context';

/** The design's runtime arguments (Cmdliner): name, OCaml type, default, doc. */
export function RuntimeArgsEditor() {
  const store = useDesignStoreApi();
  const args = useDesignStore((s) => s.design.runtimeArgs);
  const set = (next: RuntimeArg[]) => store.getState().applyDesign((d) => ({ ...d, runtimeArgs: next }), 'runtime args');
  const edit = (i: number, patch: Partial<RuntimeArg>) =>
    set(
      args.map((a, j) => {
        if (j !== i) return a;
        const b: RuntimeArg = { ...a, ...patch };
        if (b.default === '') delete b.default;
        if (b.doc === '') delete b.doc;
        return b;
      }),
    );
  const fresh = () => {
    let n = 'arg';
    for (let i = 2; args.some((a) => a.name === n); i++) n = `arg${i}`;
    return n;
  };
  return (
    <section className="insp-section" data-testid="runtime-args">
      <h3>Runtime arguments</h3>
      <p className="muted">Command-line arguments of the unikernel, defined in unikernel.ml with Cmdliner.</p>
      {args.map((a, i) => (
        <div key={`${i}-${JSON.stringify(a)}`} className="rt-row">
          <input aria-label="argument name" defaultValue={a.name} onBlur={(e) => e.target.value !== a.name && edit(i, { name: e.target.value.trim() })} />
          <input aria-label="OCaml type" defaultValue={a.type} list="rt-types" onBlur={(e) => e.target.value !== a.type && edit(i, { type: e.target.value.trim() || 'string' })} />
          <input aria-label="default (OCaml literal, empty = required)" placeholder="required" defaultValue={a.default ?? ''} onBlur={(e) => e.target.value !== (a.default ?? '') && edit(i, { default: e.target.value })} />
          <input aria-label="documentation" placeholder="doc" defaultValue={a.doc ?? ''} onBlur={(e) => e.target.value !== (a.doc ?? '') && edit(i, { doc: e.target.value })} />
          <button type="button" aria-label={`remove ${a.name}`} onClick={() => set(args.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
      <datalist id="rt-types">
        {/* Types a unikernel can read from its command line (core/ocaml/types.ts); others are refused by check. */}
        {['int', 'string', 'bool', 'float', 'int64', 'int32', 'char', 'string option', 'int option', 'string list', '(string * int) list'].map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <button type="button" data-testid="add-runtime-arg" onClick={() => set([...args, { name: fresh(), type: 'string' }])}>
        + runtime argument
      </button>
    </section>
  );
}
