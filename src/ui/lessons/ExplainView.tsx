import { useMemo, useState } from 'react';
import { type DesignExplanation, type DeviceExplanation, type DeviceName, type ExplainedFlag, explainDesign, explainDevice, packageText } from '../../core/explain/index';
import type { PackageFact } from '../../core/reference/runtime-types';
import { targetsAt } from '../../core/reference/runtime';
import { compareVersions } from '../../core/reference/versions';
import { useDesignStore } from '../store/context';
import { Prose } from './Prose';

/** Explains the selected device, or the whole design when none (or several) is selected, for a chosen target. */
export function ExplainView() {
  const design = useDesignStore((s) => s.design);
  const selected = useDesignStore((s) => s.selected);
  const [chosen, setChosen] = useState<string | null>(null);
  const targets = targetsAt(design.mirage);
  const target = chosen && targets.includes(chosen) ? chosen : design.target;
  const id = selected.length === 1 && design.devices.some((d) => d.id === selected[0]) ? selected[0]! : null;
  const device = useMemo(() => (id ? explainDevice(design, id, target) : undefined), [design, id, target]);
  const whole = useMemo(() => (id ? undefined : explainDesign(design, target)), [design, id, target]);
  return (
    <div className="teach-explain" data-testid="explain-view">
      <label className="teach-explain-target">
        <span className="muted">Mirage {design.mirage}, target</span>
        <select data-testid="explain-target" value={target} onChange={(e) => setChosen(e.target.value)}>
          {targets.map((t) => (
            <option key={t} value={t}>
              {t}
              {t === design.target ? ' (the design’s)' : ''}
            </option>
          ))}
        </select>
      </label>
      {device ? <DeviceExplain e={device} /> : whole ? <DesignExplain e={whole} /> : null}
    </div>
  );
}

function DesignExplain({ e }: { e: DesignExplanation }) {
  return (
    <section data-testid="explain-design">
      <h3 className="teach-title">
        The unikernel <code>{e.name}</code>
      </h3>
      <p className="muted">Select one device on the canvas to explain it alone.</p>
      {e.account.map((t, i) => (
        <Prose key={i} text={t} />
      ))}
      <Flags flags={e.flags} />
      <Packages packages={e.packages} />
      <Names names={e.names} target={e.target} />
      <h4>Launch</h4>
      <pre className="teach-pre" data-testid="explain-launch">
        {e.launch}
      </pre>
    </section>
  );
}

function DeviceExplain({ e }: { e: DeviceExplanation }) {
  const history = [...e.history.before.slice(-3), ...e.history.after];
  return (
    <section data-testid="explain-device" data-device={e.device}>
      <h3 className="teach-title">
        <code>{e.binding}</code> <span className="muted">({e.device})</span>
      </h3>
      {!e.known && <p className="teach-hint">Mirage {e.version} has no <code>{e.device}</code>.</p>}
      {e.doc && <p className="muted">{e.doc}</p>}
      <h4>On {e.target}</h4>
      {e.implementation.notes.map((t, i) => (
        <Prose key={i} text={t} className={e.implementation.runs ? undefined : 'teach-hint'} />
      ))}
      {e.implementation.modules.length > 0 && (
        <p>
          Implementation: {e.implementation.modules.map((m, i) => <code key={m}>{i ? `, ${m}` : m}</code>)}
        </p>
      )}
      {e.uses.map((t, i) => (
        <Prose key={`u${i}`} text={t} />
      ))}
      <Flags flags={e.flags} />
      <Packages packages={e.packages} />
      <Names names={e.names} target={e.target} />
      <h4>Across releases</h4>
      <p className="muted">
        In Mirage {e.lifetime.from ?? '?'} to {e.lifetime.to ?? '?'}.
      </p>
      {history.length > 0 && (
        <ul className="teach-list" data-testid="explain-history">
          {history.map((c) => (
            <li key={c.version} className={compareVersions(c.version, e.version) > 0 ? 'later' : undefined}>
              <strong>{c.version}</strong> {c.kind === 'changed' ? <Prose text={c.what.join('; ')} className="inline" /> : c.kind === 'added' ? 'first release with it' : 'removed'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Flags({ flags }: { flags: readonly ExplainedFlag[] }) {
  if (!flags.length) return <p className="muted">No command-line flags.</p>;
  const groups: [string, ExplainedFlag[]][] = [
    ['Flags of the unikernel', flags.filter((f) => f.stage !== 'configure')],
    ['Flags of mirage configure', flags.filter((f) => f.stage === 'configure')],
  ];
  return (
    <>
      {groups
        .filter(([, fs]) => fs.length)
        .map(([title, fs]) => (
          <div key={title}>
            <h4>{title}</h4>
            <ul className="teach-list">
              {fs.map((f) => (
                <li key={`${f.stage}${f.flag}`} data-testid="explain-flag" data-flag={f.flag}>
                  <code>{f.flag}</code>
                  {f.aliases.length > 1 && <span className="muted"> ({f.aliases.filter((a) => a !== f.flag).join(', ')})</span>}{' '}
                  <span className="muted">
                    {[f.type, f.default !== undefined ? `default ${f.default}` : ''].filter(Boolean).join(', ')} — {f.from}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </>
  );
}

function Packages({ packages }: { packages: readonly PackageFact[] }) {
  if (!packages.length) return null;
  return (
    <>
      <h4>opam packages</h4>
      <ul className="teach-list">
        {packages.map((p) => (
          <li key={p.name} data-testid="explain-package" data-package={p.name}>
            <code>{packageText(p)}</code>
          </li>
        ))}
      </ul>
    </>
  );
}

function Names({ names, target }: { names: readonly DeviceName[]; target: string }) {
  if (!names.length) return null;
  return (
    <>
      <h4>Devices on {target}</h4>
      <ul className="teach-list">
        {names.map((n) => (
          <li key={`${n.kind}${n.name}${n.instance}`} data-testid="explain-name" data-name={n.name}>
            {n.kind} <code>{n.name}</code> <span className="muted">— {n.how}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
