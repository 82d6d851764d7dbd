import { type Diagnostic, diag } from '../diagnostics';
import type { Rule, RuleContext } from './context';
import { strList } from '../catalog/ports';
import { refusesJobWithoutArguments } from '../facts/functor';
import { runtimeArgsSupported } from '../reference/api';
import { compareVersions } from './values';

/**
 * The application: exactly one `register` (MC020); every job reaches it (MC003, warning: it would not be
 * built); a `main` the release can start (MC010, MC041). A `register` with no job is valid in every release
 * (MC002, info): Mirage's `register` only refuses jobs without arguments (lib/mirage/mirage.ml@v4.0.0…v4.4.x,
 * lib/mirage.ml@v4.5.0…v4.11.1), and Functoria's builds `init @ jobs` (lib/functoria/functoria.ml@v4.0.0,
 * lib/functoria/lib.ml@v4.11.1) — the unikernel runs Mirage's start-up only.
 */
export const registerRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const regs = ctx.design.devices.filter((d) => d.device === 'register');
  if (regs.length === 0) {
    out.push(diag('MC020', 'error', 'The design has no `register` node: Mirage builds only what is registered.', { hint: 'Add `register` and wire your `main` into its jobs.' }));
  }
  for (const extra of regs.slice(1)) {
    out.push(diag('MC020', 'error', 'A config.ml calls `register` once; this design has more than one.', { instance: extra.id, hint: 'Wire all jobs into one `register` and delete the others.' }));
  }
  const reg = regs[0];
  if (reg && (ctx.index.incoming(reg.id).get('jobs') ?? []).length === 0) {
    out.push(
      diag('MC002', 'info', '`register` has no job: the unikernel only runs Mirage’s start-up (as mirage-skeleton’s tutorial/noop).', {
        instance: reg.id,
        port: 'jobs',
        hint: 'Wire your `main` (or another job) into `register` to run your code.',
      }),
    );
  }
  const feeds = reg ? feeding(ctx, reg.id) : new Set<string>();
  for (const d of ctx.design.devices) {
    if (d.device === 'register') continue;
    const t = ctx.inference.outputType(d.id);
    const isJob = d.device === 'main' || (t?.kind === 'con' && t.name === 'job');
    if (!isJob) continue;
    if (reg && !feeds.has(d.id)) {
      out.push(diag('MC003', 'warning', `\`${ctx.label(d.id)}\` is not wired into \`register\`, so it will not be built or run.`, { instance: d.id, hint: 'Wire it into the jobs of `register`, or delete it.' }));
    }
    if (d.device === 'main') out.push(...mainShape(ctx, d.id));
  }
  return out;
};

/**
 * A `main` the release cannot start: a job without arguments where register refuses it (MC010, per release:
 * `refusesJobWithoutArguments`), or a plain compilation unit (`Unikernel`) given functor arguments — main.ml
 * would apply it like a functor (MC041).
 */
function mainShape(ctx: RuleContext, id: string): Diagnostic[] {
  const d = ctx.index.byId.get(id)!;
  const v = ctx.design.mirage;
  const functor = strList(d.params.functor);
  const rts = runtimeArgsSupported(v) ? strList(d.params.runtime_args) : [];
  const out: Diagnostic[] = [];
  if (functor.length === 0 && refusesJobWithoutArguments(v, rts.length > 0)) {
    out.push(
      diag('MC010', 'error', `Mirage ${v} refuses a job without arguments: \`register\` stops \`mirage configure\` when a \`main\` takes nothing${compareVersions(v, '4.6.0') >= 0 ? ' and has no runtime argument' : ''}.`, {
        instance: id,
        param: 'functor',
        hint: 'Give the main a `job` argument wired from `noop` (`main "Unikernel.Hello" (job @-> job)` and `main $ noop`), or use Mirage 4.9.0 or later (or 4.3.6 and earlier).',
      }),
    );
  }
  const mod = typeof d.params.module === 'string' ? d.params.module.trim() : '';
  if (functor.length > 0 && /^[A-Z][A-Za-z0-9_']*$/.test(mod)) {
    out.push(
      diag('MC041', 'error', `\`${mod}\` is a whole file (a compilation unit), which cannot be a functor, but this main takes ${functor.length} argument${functor.length > 1 ? 's' : ''}.`, {
        instance: id,
        param: 'module',
        hint: `Name a functor inside the file, e.g. \`${mod}.Make\`.`,
      }),
    );
  }
  return out;
}

/** Every instance with a path of wires into `target` (one backward traversal). */
function feeding(ctx: RuleContext, target: string): Set<string> {
  const seen = new Set<string>([target]);
  const stack = [target];
  while (stack.length) {
    const n = stack.pop()!;
    for (const ws of ctx.index.incoming(n).values()) {
      for (const w of ws) {
        if (!seen.has(w.from)) {
          seen.add(w.from);
          stack.push(w.from);
        }
      }
    }
  }
  return seen;
}
