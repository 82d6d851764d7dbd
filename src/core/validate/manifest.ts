import { type Diagnostic, diag } from '../diagnostics';
import { isSolo5 } from '../facts';
import { manifestDevices, validManifestName } from '../facts/manifest';
import type { Rule } from './context';

/**
 * Network names the solo5 manifest cannot hold (MC040): on a solo5 target, a `netif` name is the manifest
 * device name, letters and digits only, at most 67 (Solo5 MFT_NAME_MAX; mirage-targets.json launch.hvt).
 * Block names are checked with the block files (MC028).
 */
export const manifestRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  if (!isSolo5(ctx.design.target)) return out;
  for (const m of manifestDevices(ctx.design)) {
    if (m.kind !== 'net' || validManifestName(m.name)) continue;
    out.push(
      diag('MC040', 'error', `On target ${ctx.design.target} the network name \`${m.name}\` of \`${ctx.label(m.instance)}\` is a Solo5 device name, which must be letters and digits only (at most 67).`, {
        instance: m.instance,
        param: 'arg1',
        hint: 'Use a name such as `service` or `eth1`.',
      }),
    );
  }
  return out;
};
