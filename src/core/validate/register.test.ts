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

  it('MC010: main without functor arguments before 4.9 only', () => {
    const mk = (v: '4.8.0' | '4.10.2') => design(v).main('main', 'Unikernel', []).register('main').build();
    expect(having(mk('4.8.0'), 'MC010')).toEqual([expect.objectContaining({ instance: 'main', param: 'functor' })]);
    expect(having(mk('4.8.0'), 'MC010')[0]!.message).toContain('job without arguments');
    expect(having(mk('4.10.2'), 'MC010')).toEqual([]);
  });
});
