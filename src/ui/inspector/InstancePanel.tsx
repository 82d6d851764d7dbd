import { paramsOf } from '../../core/catalog';
import type { ParamValue } from '../../core/design/schema';
import { renameInstance, setParam } from '../../core/graph/ops';
import { resultName } from '../canvas/application';
import { nodeView } from '../canvas/nodeView';
import { useDesignStoreApi } from '../store/context';
import { useUi } from '../store/uiStore';
import type { Derived } from '../store/derived';
import { MainEditor } from './MainEditor';
import { ParamField, TextField } from './ParamField';
import { addUsual, usualFor } from './usualDevices';

/** The inspector for one instance: name, parameters, ports (with "add the usual device"), problems. */
export function InstancePanel({ id, dv }: { id: string; dv: Derived }) {
  const store = useDesignStoreApi();
  const inst = dv.index.byId.get(id);
  if (!inst) return null;
  const spec = dv.index.spec(id);
  const diags = dv.byInstance.get(id) ?? [];
  const view = nodeView(dv.index, dv.inference, inst, diags);
  const apply = (f: Parameters<ReturnType<typeof store.getState>['applyDesign']>[0], label: string) => store.getState().applyDesign(f, label);
  const setP = (name: string) => (v: ParamValue | undefined) => apply((d) => setParam(d, id, name, v), 'param');
  const isMain = inst.device === 'main';
  const isRegister = inst.device === 'register';
  return (
    <>
      <section className="insp-section">
        <h2>
          <code>{inst.device}</code>
        </h2>
        <p className="muted">{spec?.doc ?? `Not a device of Mirage ${dv.design.mirage}.`}</p>
        {spec?.signature && <pre className="signature">{spec.signature}</pre>}
        {isRegister ? (
          <div className="field">
            <label className="field-label" htmlFor="unikernel-name">
              <span>unikernel name</span>
              <code className="field-type">string</code>
            </label>
            <TextField id="unikernel-name" label="unikernel name" value={dv.design.name} type={{ kind: 'string' }} onCommit={(t) => apply((d) => ({ ...d, name: t.trim() }), 'rename design')} />
          </div>
        ) : (
          <div className="field">
            <label className="field-label" htmlFor="binding-name">
              <span>binding name</span>
            </label>
            <TextField id="binding-name" label="binding name" value={inst.name} type={{ kind: 'string' }} onCommit={(t) => apply((d) => renameInstance(d, id, t.trim()), 'rename')} />
          </div>
        )}
      </section>
      {diags.length > 0 && (
        <section className="insp-section">
          <h3>Problems</h3>
          <ul className="insp-diags">
            {diags.map((d, i) => (
              <li key={i} className={`sev-${d.severity}`}>
                <strong>{d.code}</strong> {d.message}
                {d.hint && <div className="muted">{d.hint}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="insp-section">
        {isMain && <MainEditor inst={inst} catalog={dv.catalog} runtimeArgs={dv.design.runtimeArgs} />}
        {spec &&
          paramsOf(spec)
            .filter((p) => !isMain || !['module', 'functor', 'packages', 'runtime_args'].includes(p.name))
            .map((p) => (
              <ParamField
                key={`${id}-${p.name}`}
                spec={p}
                value={inst.params[p.name]}
                problems={diags.filter((d) => d.param === p.name).map((d) => d.message)}
                version={dv.design.mirage}
                runtimeArgs={dv.design.runtimeArgs}
                onChange={setP(p.name)}
                onNewRuntimeArg={(name, type) =>
                  apply((d) => {
                    let n = name;
                    for (let i = 2; d.runtimeArgs.some((a) => a.name === n); i++) n = `${name}${i}`;
                    return setParam({ ...d, runtimeArgs: [...d.runtimeArgs, { name: n, type }] }, id, p.name, { runtimeArg: n });
                  }, 'new runtime arg')
                }
              />
            ))}
      </section>
      {view.extra.length > 0 && (
        <section className="insp-section" data-testid="insp-outputs">
          <h3>Outputs</h3>
          <p className="muted">config.ml binds each result to a name: <code>let {[inst.name, ...view.extra.map((x) => resultName(dv.index, id, x.name))].join(', ')} = …</code></p>
          <ul className="insp-ports">
            <li>
              <span>result</span> <code>{view.out?.type ?? '?'}</code> <span className="muted">as {inst.name}</span>
            </li>
            {view.extra.map((x) => (
              <li key={x.name}>
                <span>{x.name}</span> <code>{x.type}</code> <span className="muted">as {resultName(dv.index, id, x.name)}{x.wires > 0 ? ', wired' : ''}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.ports.length > 0 && (
        <section className="insp-section">
          <h3>Inputs</h3>
          <ul className="insp-ports">
            {view.ports.map((p) => {
              const usual = p.open ? usualFor(p.type, dv.design.mirage) : null;
              return (
                <li key={p.name} className={p.open ? 'open' : undefined}>
                  <span>{p.title}</span> <code>{p.type}</code> {p.wires > 0 ? <span className="muted">wired</span> : p.optional ? <span className="muted">optional</span> : <span className="sev-error">not connected</span>}
                  {usual && (
                    <button
                      type="button"
                      data-testid={`add-usual-${p.name}`}
                      onClick={() => {
                        const before = new Set(store.getState().design.devices.map((d) => d.id));
                        apply((d) => addUsual(d, usual, id, p.name, inst.position), 'add usual');
                        // The new devices (left of this one) are brought into view with it.
                        const added = store.getState().design.devices.filter((d) => !before.has(d.id)).map((d) => d.id);
                        if (added.length) useUi.getState().revealIds([...added, id]);
                      }}
                    >
                      add the usual: {usual.device}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
