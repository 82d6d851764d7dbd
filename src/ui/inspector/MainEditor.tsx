import type { Catalog } from '../../core/catalog';
import type { DeviceInstance, Package, RuntimeArg } from '../../core/design/schema';
import { setFunctor, setParam } from '../../core/graph/ops';
import { useDesignStoreApi } from '../store/context';
import { TextField } from './ParamField';

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const pkgs = (v: unknown): Package[] => (Array.isArray(v) ? v.filter((x): x is Package => !!x && typeof x === 'object' && 'name' in x) : []);

/** `main`: module name, ordered functor parameters (ports follow), packages and runtime args. */
export function MainEditor({ inst, catalog, runtimeArgs }: { inst: DeviceInstance; catalog: Catalog; runtimeArgs: readonly RuntimeArg[] }) {
  const store = useDesignStoreApi();
  const apply = (f: Parameters<ReturnType<typeof store.getState>['applyDesign']>[0], label: string) => store.getState().applyDesign(f, label);
  const functor = strs(inst.params.functor);
  const typs = [...catalog.typs.keys()].sort();
  const setF = (next: string[], from: (number | null)[]) => apply((d) => setFunctor(d, inst.id, next, from), 'functor');
  const idx = functor.map((_, i) => i as number | null);
  const packages = pkgs(inst.params.packages);
  const setPk = (next: Package[]) => apply((d) => setParam(d, inst.id, 'packages', next.length ? next : undefined), 'packages');
  const rtSel = strs(inst.params.runtime_args);
  const hasRt = 'runtime_args' in Object.fromEntries(catalog.devices.get('main')?.args.map((a) => [a.name, 1]) ?? []);
  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor="main-module">
          <span>module</span>
          <code className="field-type">string</code>
        </label>
        <TextField id="main-module" label="functor module" value={typeof inst.params.module === 'string' ? inst.params.module : ''} type={{ kind: 'string' }} placeholder="Unikernel.Make" onCommit={(t) => apply((d) => setParam(d, inst.id, 'module', t.trim()), 'module')} />
      </div>
      <fieldset className="field" data-testid="main-functor">
        <legend className="field-label">Functor parameters (in order)</legend>
        <ol className="functor-list">
          {functor.map((t, i) => (
            <li key={i}>
              <select aria-label={`parameter ${i + 1} type`} value={t} onChange={(e) => setF(functor.map((x, j) => (j === i ? e.target.value : x)), idx)}>
                {!catalog.typs.has(t) && <option value={t}>{t} (unknown)</option>}
                {typs.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
              <button type="button" aria-label={`move parameter ${i + 1} up`} disabled={i === 0} onClick={() => setF(swap(functor, i, i - 1), swap(idx, i, i - 1))}>
                ↑
              </button>
              <button type="button" aria-label={`move parameter ${i + 1} down`} disabled={i === functor.length - 1} onClick={() => setF(swap(functor, i, i + 1), swap(idx, i, i + 1))}>
                ↓
              </button>
              <button type="button" aria-label={`remove parameter ${i + 1}`} onClick={() => setF(functor.filter((_, j) => j !== i), idx.filter((_, j) => j !== i))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setF([...functor, 'stackv4v6'], [...idx, null])}>
          + parameter
        </button>
      </fieldset>
      <fieldset className="field" data-testid="main-packages">
        <legend className="field-label">Packages</legend>
        {packages.map((p, i) => (
          <div key={`${i}-${JSON.stringify(p)}`} className="pkg-row">
            <input aria-label="package name" defaultValue={p.name} placeholder="name" onBlur={(e) => setPk(packages.map((x, j) => (j === i ? { ...x, name: e.target.value.trim() || x.name } : x)))} />
            <input aria-label="minimum version" defaultValue={p.min ?? ''} placeholder="min" onBlur={(e) => setPk(packages.map((x, j) => (j === i ? opt(x, 'min', e.target.value) : x)))} />
            <input aria-label="maximum version" defaultValue={p.max ?? ''} placeholder="max" onBlur={(e) => setPk(packages.map((x, j) => (j === i ? opt(x, 'max', e.target.value) : x)))} />
            <input aria-label="sublibraries" defaultValue={(p.sublibs ?? []).join(' ')} placeholder="sublibs" onBlur={(e) => setPk(packages.map((x, j) => (j === i ? sub(x, e.target.value) : x)))} />
            <button type="button" aria-label={`remove package ${p.name}`} onClick={() => setPk(packages.filter((_, j) => j !== i))}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setPk([...packages, { name: 'package' }])}>
          + package
        </button>
      </fieldset>
      {hasRt && (
        <fieldset className="field">
          <legend className="field-label">Runtime arguments passed to main</legend>
          {!runtimeArgs.length && <p className="muted">The design has no runtime arguments (select nothing to edit them).</p>}
          {runtimeArgs.map((a) => (
            <label key={a.name} className="check">
              <input
                type="checkbox"
                checked={rtSel.includes(a.name)}
                onChange={(e) => {
                  const next = e.target.checked ? [...rtSel, a.name] : rtSel.filter((x) => x !== a.name);
                  apply((d) => setParam(d, inst.id, 'runtime_args', next.length ? next : undefined), 'runtime args');
                }}
              />
              {a.name} : {a.type}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}

function swap<T>(xs: readonly T[], i: number, j: number): T[] {
  const out = [...xs];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}
function opt(p: Package, k: 'min' | 'max', v: string): Package {
  const q = { ...p };
  if (v.trim()) q[k] = v.trim();
  else delete q[k];
  return q;
}
function sub(p: Package, v: string): Package {
  const q = { ...p };
  const l = v.split(/[\s,]+/).filter(Boolean);
  if (l.length) q.sublibs = l;
  else delete q.sublibs;
  return q;
}
