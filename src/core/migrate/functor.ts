import { strList } from '../catalog/ports';
import type { DeviceInstance } from '../design/schema';
import { addDevice, setFunctor } from '../graph/ops';
import type { FunctorParam } from '../reference/types';
import { compareVersions } from '../reference/versions';
import { functorParamAt, report, type StepContext } from './context';
import { successor } from './devices';
import { CODE_MOVES, JOB_WITHOUT_ARGUMENTS } from './rules';

const takes = (fp: FunctorParam | undefined) => fp?.kind === 'module_type';
const declared = (fp: FunctorParam | undefined) => (fp?.path ? `\`(… : ${fp.path})\`` : 'its functor parameter');

/**
 * `main`'s functor parameters at the target release: a typ the release removed or made a plain module
 * (time, pclock, mclock, random at 4.9.0) is no longer a parameter (its wire goes, the code moves are listed);
 * a typ that came back as a module type is taken again; a typ that exists only under another name follows
 * its device's successor. Going below 4.9.0 a main needs a parameter ("job without arguments").
 */
export function migrateFunctors(ctx: StepContext): void {
  for (const inst of ctx.design.devices.filter((d) => d.device === 'main')) {
    const typs = strList(inst.params.functor);
    const keep: string[] = [];
    const from: (number | null)[] = [];
    let changed = false;
    typs.forEach((t, i) => {
      const before = functorParamAt(t, ctx.from);
      const after = functorParamAt(t, ctx.to);
      const exists = ctx.catTo.typs.has(t);
      if (exists && (takes(after) || !takes(before))) {
        keep.push(t);
        from.push(i);
        if (takes(before) && takes(after) && before!.path !== after!.path) {
          report(ctx, 'manual', `unikernel.ml: the functor parameter for \`${t}\` is declared ${declared(after)} in Mirage ${ctx.to} (was ${declared(before)}).`, { instance: inst.id });
        } else if (!takes(before) && takes(after)) {
          report(ctx, 'manual', `unikernel.ml: in Mirage ${ctx.to} \`${t}\` is a real functor parameter, declared ${declared(after)}.`, { instance: inst.id });
        }
        return;
      }
      const renamed = exists ? null : renamedTyp(ctx, inst, i);
      if (renamed) {
        keep.push(renamed);
        from.push(i);
        changed = true;
        report(ctx, 'change', `\`main\` takes \`${renamed}\` instead of \`${t}\` (Mirage ${ctx.to} has no \`${t}\`).`, { instance: inst.id });
        report(ctx, 'manual', `unikernel.ml: declare the parameter for \`${renamed}\` as ${declared(functorParamAt(renamed, ctx.to))} (was ${declared(before)}).`, { instance: inst.id });
        return;
      }
      if (!ctx.up || !(CODE_MOVES[t] || after?.kind === 'module')) {
        keep.push(t);
        from.push(i);
        report(ctx, 'blocker', `\`main\` takes \`${t}\`, which Mirage ${ctx.to} does not have as a functor parameter: its unikernel cannot be written the same way there.`, { instance: inst.id });
        return;
      }
      changed = true;
      const why = exists ? `Mirage ${ctx.to} links \`${after?.path ?? t}\` directly instead of passing it` : `Mirage ${ctx.to} has no \`${t}\``;
      report(ctx, 'change', `\`main\` no longer takes \`${t}\`: ${why}.`, { instance: inst.id });
      report(ctx, 'manual', unikernelText(t, before, after), { instance: inst.id, source: CODE_MOVES[t]?.source });
    });
    if (changed) ctx.design = setFunctor(ctx.design, inst.id, keep, from);
  }
  jobWithoutArguments(ctx);
}

/** The typ the wired device's successor gives, when that typ is a functor parameter at the target release. */
function renamedTyp(ctx: StepContext, main: DeviceInstance, i: number): string | null {
  const w = ctx.design.wires.find((x) => x.to === main.id && x.port === `arg${i + 1}`);
  const src = w && ctx.design.devices.find((d) => d.id === w.from);
  const next = src ? successor(ctx, src.device) : null;
  const out = next ? ctx.catTo.devices.get(next)?.output : null;
  const typ = out?.kind === 'con' && out.args.length === 0 ? out.name : null;
  return typ && ctx.catTo.typs.has(typ) && takes(functorParamAt(typ, ctx.to)) ? typ : null;
}

function unikernelText(t: string, before: FunctorParam | undefined, after: FunctorParam | undefined): string {
  const moves = CODE_MOVES[t]?.moves ?? [];
  const calls = moves.length ? ` and call ${moves.map((m) => `\`${m.after}\` where it called \`${m.before}\``).join(', ')}` : after?.path ? ` and use \`${after.path}\` directly` : '';
  return `unikernel.ml: remove the functor parameter ${declared(before)} (for \`${t}\`) and its \`start\` argument${calls}.`;
}

/** Below 4.9.0 a `main` with no parameter is refused: it takes the time device again (CHANGES.md@v4.9.0). */
function jobWithoutArguments(ctx: StepContext): void {
  const rule = JOB_WITHOUT_ARGUMENTS;
  if (ctx.up || compareVersions(ctx.to, rule.since) >= 0 || compareVersions(ctx.from, rule.since) < 0) return;
  if (!ctx.catTo.devices.has(rule.device) || !ctx.catTo.typs.has(rule.typ)) return;
  for (const inst of ctx.design.devices.filter((d) => d.device === 'main')) {
    if (strList(inst.params.functor).length > 0) continue;
    const added = addDevice(ctx.design, rule.device, { x: inst.position.x - 240, y: inst.position.y + 120 }, 'time');
    let d = setFunctor(added.design, inst.id, [rule.typ], []);
    d = { ...d, wires: [...d.wires, { id: `${added.id}->${inst.id}.arg1`, from: added.id, to: inst.id, port: 'arg1' }] };
    // A whole file cannot be a functor (MC041): `Unikernel` becomes the module `Unikernel.Main` inside it.
    const mod = typeof inst.params.module === 'string' ? inst.params.module.trim() : 'Unikernel';
    if (/^[A-Z][A-Za-z0-9_']*$/.test(mod)) {
      d = { ...d, devices: d.devices.map((x) => (x.id === inst.id ? { ...x, params: { ...x.params, module: `${mod}.Main` } } : x)) };
      report(ctx, 'manual', `unikernel.ml: \`${mod}\` becomes the functor \`${mod}.Main\`: put \`start\` inside \`module Main (…) = struct … end\`.`, { instance: inst.id, source: rule.source });
    }
    ctx.design = d;
    const fp = functorParamAt(rule.typ, ctx.to);
    const move = CODE_MOVES[rule.typ]?.moves[0];
    report(ctx, 'change', `\`main\` takes \`${rule.typ}\` (from a new \`${rule.device}\`): Mirage ${ctx.to} refuses a job without arguments.`, { instance: inst.id, source: rule.source });
    report(ctx, 'manual', `unikernel.ml: the functor takes ${declared(fp)} and \`start\` takes it first${move ? `; call \`${move.before}\` instead of \`${move.after}\`` : ''}.`, { instance: inst.id, source: rule.source });
  }
}

/** Going below 4.9.0: what unikernel code written for the linked clocks must do instead (listed once). */
export function linkedModulesGone(ctx: StepContext): void {
  if (ctx.up || ctx.newer !== JOB_WITHOUT_ARGUMENTS.since) return;
  const gone = Object.entries(CODE_MOVES).map(([t, m]) => `\`${m.moves[0]!.after.replace(/ \(\)$/, '')}\` (take \`${t}\` as a functor parameter and call \`${m.moves[0]!.before}\`)`);
  report(ctx, 'manual', `unikernel.ml: before Mirage ${ctx.newer} there is no ${gone.join(', ')}: change such calls where the unikernel makes them.`, { source: CODE_MOVES.time!.source });
}
