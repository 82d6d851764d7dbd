import { describe, expect, it } from 'vitest';
import { changedReleases, releaseChange } from './changes';

describe('release changes read from changesDetailed and the flag facts', () => {
  it('has one step per release that changed something, and none for patch releases that did not', () => {
    const steps = changedReleases();
    for (const v of ['4.5.0', '4.6.0', '4.8.0', '4.9.0', '4.10.0', '4.11.0'] as const) expect(steps).toContain(v);
    expect(steps).not.toContain('4.10.3');
  });

  it('knows what each step touches', () => {
    expect([...releaseChange('4.6.0')!.values]).toEqual(expect.arrayContaining(['generic_dns_client', 'generic_happy_eyeballs', 'mimic_happy_eyeballs']));
    expect([...releaseChange('4.9.0')!.types]).toEqual(expect.arrayContaining(['time', 'pclock', 'mclock', 'random']));
    expect(releaseChange('4.11.0')!.flags.has('Runtime_arg.dns_servers')).toBe(true);
    expect(releaseChange('4.11.0')!.members.has('Key.dhcp')).toBe(true);
    expect(releaseChange('4.10.0')!.targets).toBe(true);
  });
});
