import { useState } from 'react';
import type { ParamSpec, ParamType } from '../../core/catalog/spec';
import type { ParamValue, RuntimeArg } from '../../core/design/schema';
import { keyMembersFor } from '../../core/codegen/keys';
import type { MirageVersion } from '../../core/reference/types';
import { LOG_LEVELS } from '../../core/validate/values';
import { fieldProblem, fromText, parseKeyText, toText } from './fieldCheck';

export interface FieldProps {
  spec: ParamSpec;
  value: ParamValue | undefined;
  /** Problems the validator reports for this parameter. */
  problems: string[];
  version: MirageVersion;
  runtimeArgs: readonly RuntimeArg[];
  onChange(v: ParamValue | undefined): void;
  onNewRuntimeArg(name: string, type: string): void;
}

/** A text input that commits on blur/Enter (one undo step per edit) and flags bad values while typing. */
export function TextField(props: { id: string; value: string; type: ParamType; onCommit(text: string): void; placeholder?: string; list?: string; label: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? props.value;
  const problem = fieldProblem(props.type, text);
  return (
    <>
      <input
        id={props.id}
        className={problem ? 'invalid' : undefined}
        aria-invalid={!!problem}
        aria-label={props.label}
        value={text}
        placeholder={props.placeholder}
        list={props.list}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== props.value) props.onCommit(draft);
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      {problem && <div className="field-problem">{problem}</div>}
    </>
  );
}

const keyPresets = (inner: string, want: 'value' | 'key', version: MirageVersion) => keyMembersFor(inner, want, version).map((m) => `Key.${m}`);

type Mode = 'literal' | 'runtime' | 'ocaml';
const modeOf = (v: ParamValue | undefined): Mode =>
  v && typeof v === 'object' && !Array.isArray(v) && !('key' in v) ? ('ocaml' in v ? 'ocaml' : 'runtime') : 'literal';

/** One parameter, edited by its ParamType; `{ocaml}` is always available as an escape hatch. */
export function ParamField(p: FieldProps) {
  const { spec, value } = p;
  const id = `param-${spec.name}`;
  const t = spec.type;
  const canRuntime = t.kind === 'runtime_arg' || (t.kind === 'option' && t.inner.kind === 'runtime_arg');
  // `ocaml_code`'s code is plain text; other `ocaml`-kind arguments are raw OCaml expressions.
  const codeText = t.kind === 'ocaml' && spec.name === 'code' && spec.label === null;
  const rawOnly = t.kind === 'ocaml' && !codeText;
  const [chosen, setChosen] = useState<Mode | null>(null);
  const mode: Mode =
    value === undefined ? (chosen ?? (canRuntime ? 'runtime' : rawOnly ? 'ocaml' : 'literal')) : modeOf(value);
  const title = spec.label ? `~${spec.label}` : spec.name;
  const setMode = (m: Mode) => {
    if (m === mode) return;
    setChosen(m);
    if (m === 'ocaml') p.onChange({ ocaml: toText(value) });
    else if (m === 'runtime') p.onChange(p.runtimeArgs[0] ? { runtimeArg: p.runtimeArgs[0].name } : undefined);
    else p.onChange(undefined);
  };
  return (
    <div className={`field${p.problems.length ? ' has-problem' : ''}`} data-testid={`field-${spec.name}`}>
      <label htmlFor={id} className="field-label">
        <span>{title}</span>
        <code className="field-type">{spec.ocamlType}</code>
        {spec.kind === 'optional' && <span className="field-opt">optional</span>}
      </label>
      <div className="field-row">
        {codeText ? (
          <textarea
            id={id}
            key={toText(value)}
            className="ocaml-input tall"
            aria-label="OCaml code"
            defaultValue={toText(value)}
            onBlur={(e) => e.target.value !== toText(value) && p.onChange(e.target.value)}
            spellCheck={false}
          />
        ) : mode === 'ocaml' ? (
          <textarea
            id={id}
            key={toText(value)}
            className="ocaml-input"
            aria-label={`${title} as OCaml`}
            placeholder={spec.kind === 'optional' ? '(left out)' : 'OCaml expression'}
            defaultValue={toText(value)}
            onBlur={(e) => {
              if (e.target.value === toText(value)) return;
              p.onChange(e.target.value.trim() === '' && spec.kind === 'optional' ? undefined : { ocaml: e.target.value });
            }}
            spellCheck={false}
          />
        ) : mode === 'runtime' ? (
          <RuntimeRef {...p} id={id} inner={t.kind === 'runtime_arg' ? t.inner : t.kind === 'option' && t.inner.kind === 'runtime_arg' ? t.inner.inner : 'string'} />
        ) : (
          <Literal {...p} id={id} t={t.kind === 'runtime_arg' ? innerOf(t) : t} />
        )}
        {!codeText && (
        <select className="mode-select" aria-label={`how ${title} is given`} value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          {!rawOnly && <option value="literal">value</option>}
          {canRuntime && <option value="runtime">runtime arg</option>}
          <option value="ocaml">OCaml</option>
        </select>
        )}
      </div>
      {(t.kind === 'value' || t.kind === 'key') && mode === 'literal' && (
        <datalist id={`${id}-presets`}>
          {keyPresets(t.inner, t.kind, p.version).map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      )}
      {p.problems.map((m) => (
        <div key={m} className="field-problem" role="status">
          {m}
        </div>
      ))}
    </div>
  );
}

function innerOf(t: ParamType): ParamType {
  if (t.kind !== 'runtime_arg' && t.kind !== 'value') return t;
  const s = t.inner.trim();
  if (s === 'int' || s === 'int64' || s === 'bool' || s === 'string') return { kind: s };
  if (s === 'string list') return { kind: 'string_list' };
  return { kind: 'string' };
}

function Literal(p: FieldProps & { id: string; t: ParamType }) {
  const { t, value, id } = p;
  const label = p.spec.label ?? p.spec.name;
  if (t.kind === 'bool' || (t.kind === 'option' && t.inner.kind === 'bool')) {
    return (
      <select id={id} aria-label={label} value={value === true ? 'true' : value === false ? 'false' : ''} onChange={(e) => p.onChange(e.target.value === '' ? undefined : e.target.value === 'true')}>
        <option value="">{p.spec.kind === 'optional' ? '(default)' : '(choose)'}</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  const cases = t.kind === 'enum' ? t.cases : t.kind === 'log_level' ? [...LOG_LEVELS] : null;
  if (cases) {
    const v = typeof value === 'string' ? value : '';
    return (
      <select id={id} aria-label={label} value={v} className={v && !cases.includes(v) ? 'invalid' : undefined} onChange={(e) => p.onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{p.spec.kind === 'optional' ? '(default)' : '(choose)'}</option>
        {v && !cases.includes(v) && <option value={v}>{v} (invalid)</option>}
        {cases.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    );
  }
  const keyed = t.kind === 'value' || t.kind === 'key';
  return (
    <TextField
      id={id}
      label={label}
      value={toText(value)}
      type={keyed ? { kind: 'string' } : t}
      list={keyed ? `${id}-presets` : undefined}
      placeholder={keyed ? 'Key.… or a literal' : t.kind === 'target_list' ? 'hvt, xen' : t.kind === 'string_list' ? 'a, b, c' : p.spec.kind === 'optional' ? '(default)' : ''}
      onCommit={(text) => p.onChange(keyed ? (text.trim() ? (parseKeyText(text) ?? text.trim()) : undefined) : fromText(t, text))}
    />
  );
}

function RuntimeRef(p: FieldProps & { id: string; inner: string }) {
  const cur = p.value && typeof p.value === 'object' && 'runtimeArg' in p.value ? p.value.runtimeArg : '';
  const fresh = p.spec.label ?? p.spec.name;
  return (
    <span className="runtime-ref">
      <select id={p.id} aria-label={`runtime argument for ${fresh}`} value={cur} onChange={(e) => p.onChange(e.target.value ? { runtimeArg: e.target.value } : undefined)}>
        <option value="">(none)</option>
        {cur && !p.runtimeArgs.some((a) => a.name === cur) && <option value={cur}>{cur} (missing)</option>}
        {p.runtimeArgs.map((a) => (
          <option key={a.name} value={a.name}>
            {a.name}: {a.type}
          </option>
        ))}
      </select>
      <button type="button" title={`Define a runtime argument ${fresh} : ${p.inner}`} onClick={() => p.onNewRuntimeArg(fresh, p.inner)}>
        + new
      </button>
    </span>
  );
}
