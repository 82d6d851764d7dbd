import { strList } from '../catalog/ports';
import { runtimeArgsSupported } from '../reference/api';
import { report, type StepContext } from './context';
import { runtimeArgOf } from './values';

/**
 * Going below 4.5.0 there are no runtime arguments: a `main` that passes some to the unikernel cannot be
 * expressed (it reads configure keys through Key_gen there); its `runtime_args` are dropped with the reason.
 */
export function mainRuntimeArgsBelow(ctx: StepContext): void {
  if (ctx.up || runtimeArgsSupported(ctx.to) || !runtimeArgsSupported(ctx.from)) return;
  ctx.design = {
    ...ctx.design,
    devices: ctx.design.devices.map((d) => {
      const names = d.device === 'main' ? strList(d.params.runtime_args) : [];
      if (!names.length) return d;
      report(ctx, 'blocker', `\`main\` passes the runtime arguments ${names.map((n) => `\`${n}\``).join(', ')} to the unikernel; Mirage ${ctx.to} has no runtime arguments (a unikernel reads configure keys through Key_gen there).`, { instance: d.id });
      const params = { ...d.params };
      delete params.runtime_args;
      return { ...d, params };
    }),
  };
}

/** Names of runtime arguments something in the design still uses (a parameter or a `main`'s list). */
function usedRuntimeArgs(ctx: StepContext): Set<string> {
  const used = new Set<string>();
  for (const d of ctx.design.devices) {
    for (const v of Object.values(d.params)) {
      const rt = runtimeArgOf(v);
      if (rt) used.add(rt);
    }
    if (d.device === 'main') strList(d.params.runtime_args).forEach((n) => used.add(n));
  }
  return used;
}

/**
 * Runtime arguments a rule stopped using, and that nothing else uses, leave the design (listed, since the
 * unikernel defines them); below 4.5.0 every unused one goes, and one still used cannot be expressed.
 */
export function releaseRuntimeArgs(ctx: StepContext): void {
  const used = usedRuntimeArgs(ctx);
  const noneAtAll = !runtimeArgsSupported(ctx.to);
  const gone = ctx.design.runtimeArgs.filter((r) => !used.has(r.name) && (noneAtAll || ctx.releasedRuntimeArgs.has(r.name)));
  for (const r of gone) {
    report(ctx, 'manual', `unikernel.ml: config.ml no longer uses the runtime argument \`${r.name}\`; remove its Cmdliner term (and pass the device's own boot flag instead of \`--${r.name}\`).`);
  }
  if (noneAtAll) {
    for (const r of ctx.design.runtimeArgs.filter((x) => used.has(x.name))) {
      report(ctx, 'blocker', `The runtime argument \`${r.name}\` is still used, and Mirage ${ctx.to} has no runtime arguments.`);
    }
  }
  if (gone.length) ctx.design = { ...ctx.design, runtimeArgs: ctx.design.runtimeArgs.filter((r) => !gone.includes(r)) };
}
