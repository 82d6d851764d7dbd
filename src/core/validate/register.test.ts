import type { MirageVersion } from '../reference/types';
import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having, stackApp } from './testing';

describe('register rules', () => {
  it('MC020: no register, or two', () => {
    const none = design().main('main', 'Unikernel.Make', []).build();
    expect(having(none, 'MC020')).toHaveLength(1);
    const two = stackApp().add('register2', 'register').wire('main', 'register2', 'jobs').build();
    expect(having(two, 'MC020')).toEqual([expect.objectContaining({ instance: 'register2', severity: 'error' })]);
  });

  it('MC002: a register with no job is valid (Mirage accepts it in every release), said as info', () => {
    const d = design().add('register', 'register').build();
    expect(having(d, 'MC002')).toEqual([expect.objectContaining({ instance: 'register', port: 'jobs', severity: 'info' })]);
    expect(having(d, 'MC001')).toEqual([]);
  });

  it('MC003: a job that does not reach register (also through if_impl)', () => {
    const d = stackApp().main('lonely', 'Lonely.Make', []).add('nop', 'noop').build();
    expect(having(d, 'MC003').map((x) => x.instance)).toEqual(['lonely', 'nop']);
    expect(having(d, 'MC003')[0]!.message).toBe('`lonely` is not wired into `register`, so it will not be built or run.');
    const viaIf = design()
      .main('a', 'A.Make', [])
      .main('b', 'B.Make', [])
      .add('pick', 'if_impl', { cond: { ocaml: 'Key.(value is_solo5)' } })
      .wire('a', 'pick', 'then')
      .wire('b', 'pick', 'else')
      .register('pick')
      .build();
    expect(having(viaIf, 'MC003')).toEqual([]);
  });

  it('MC010: a job without arguments, as each release decides it', () => {
    const mk = (v: MirageVersion, rt = false) =>
      (rt ? design(v).runtimeArg({ name: 'port', type: 'int', default: '80' }) : design(v)).main('main', 'Unikernel', [], rt ? { runtime_args: ['port'] } : {}).register('main').build();
    expect(having(mk('4.8.0'), 'MC010')).toEqual([expect.objectContaining({ instance: 'main', param: 'functor' })]);
    expect(having(mk('4.8.0'), 'MC010')[0]!.message).toContain('refuses a job without arguments');
    for (const v of ['4.0.0', '4.3.6', '4.9.0', '4.10.2', '4.11.1'] as const) expect(having(mk(v), 'MC010'), v).toEqual([]);
    for (const v of ['4.4.0', '4.5.1', '4.6.0', '4.8.2'] as const) expect(having(mk(v), 'MC010'), v).toHaveLength(1);
    expect(having(mk('4.5.1', true), 'MC010')).toHaveLength(1);
    for (const v of ['4.6.0', '4.8.2'] as const) expect(having(mk(v, true), 'MC010'), v).toEqual([]);
    const viaNoop = design('4.8.0').add('n', 'noop').main('main', 'Unikernel.Hello', ['job']).wire('n', 'main').register('main').build();
    expect(having(viaNoop, 'MC010')).toEqual([]);
  });

  it('MC041: a compilation unit given functor arguments', () => {
    const d = design('4.11.1').add('net', 'default_network').main('main', 'Unikernel', ['network']).wire('net', 'main').register('main').build();
    expect(having(d, 'MC041')).toEqual([expect.objectContaining({ instance: 'main', param: 'module', severity: 'error' })]);
    const ok = design('4.11.1').add('net', 'default_network').main('main', 'Unikernel.Make', ['network']).wire('net', 'main').register('main').build();
    expect(having(ok, 'MC041')).toEqual([]);
  });
});
