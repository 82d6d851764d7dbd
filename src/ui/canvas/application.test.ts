import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../core/catalog';
import { design } from '../../core/graph/builder';
import { indexDesign } from '../../core/graph/index';
import { applicationText } from './application';

describe('applicationText', () => {
  const d = design()
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .wire('stack', 'tcp')
    .add('http', 'paf_server', { port: { runtimeArg: 'port' } })
    .wire('tcp', 'http')
    .add('files', 'crunch', { arg1: 'htdocs' })
    .build();
  const index = indexDesign(d, catalogFor(d.mirage));

  it('prints the functor application two levels deep', () => {
    expect(applicationText(index, 'http')).toBe('paf_server ~port (tcpv4v6_of_stackv4v6 stack)');
    expect(applicationText(index, 'stack')).toBe('generic_stackv4v6 default_network');
    expect(applicationText(index, 'files')).toBe('crunch "htdocs"');
  });
  it('shows open ports as _ and binding names at depth 0', () => {
    const d2 = design().add('tcp', 'tcpv4v6_of_stackv4v6').build();
    expect(applicationText(indexDesign(d2, catalogFor(d2.mirage)), 'tcp')).toBe('tcpv4v6_of_stackv4v6 _');
    expect(applicationText(index, 'http', 0)).toBe('http');
  });
});

describe('applicationText of register', () => {
  it('names the unikernel and lists its jobs without extra parentheses', () => {
    const d = design('4.11.1', 'unix', 'hello').main('main', 'Unikernel.Main', []).register('main').build();
    expect(applicationText(indexDesign(d, catalogFor(d.mirage)), 'register')).toBe('register "hello" [Unikernel.Main]');
  });
});

describe('applicationText with one of several results', () => {
  it('names the lease by the binding it gets in config.ml, not the stack application', () => {
    const l = design('4.11.1').add('net', 'default_network').add('stack', 'generic_stackv4v6_with_lease').wire('net', 'stack')
      .main('main', 'Unikernel.Main', ['stackv4v6', 'lease']).wire('stack', 'main').wire('stack.lease', 'main', 'arg2').build();
    expect(applicationText(indexDesign(l, catalogFor(l.mirage)), 'main')).toBe('Unikernel.Main (generic_stackv4v6_with_lease net) lease');
    const named = { ...l, devices: l.devices.map((x) => (x.id === 'stack' ? { ...x, outputNames: { lease: 'dhcp' } } : x)) };
    expect(applicationText(indexDesign(named, catalogFor(l.mirage)), 'main')).toMatch(/ dhcp$/);
  });
});
