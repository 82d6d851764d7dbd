/** Bad design JSON files and the specific MC019 message each must give through `loadDesign`. */
import { serializeDesign } from '../../design/load';
import { design } from '../../graph/builder';

const good = JSON.parse(serializeDesign(design().add('net', 'default_network').register([]).build())) as Record<string, unknown> & {
  devices: Record<string, unknown>[];
  wires: unknown[];
};
const mod = (f: (d: typeof good & Record<string, unknown>) => void): string => {
  const d = structuredClone(good);
  f(d);
  return JSON.stringify(d);
};

export interface BadDesign {
  name: string;
  input: string;
  ok: boolean;
  fragment: string;
}

export const badDesigns: BadDesign[] = [
  { name: 'missing devices', input: mod((d) => delete (d as Partial<typeof d>).devices), ok: false, fragment: 'devices: missing (expected array)' },
  { name: 'extra top-level field', input: mod((d) => (d.colour = 'red')), ok: false, fragment: 'unknown field `colour`' },
  { name: 'name is a number', input: mod((d) => (d.name = 5)), ok: false, fragment: 'name: expected string' },
  { name: 'future format version', input: mod((d) => (d.format = 99)), ok: false, fragment: 'newer Mirage Composer (design format 99' },
  { name: 'format as a string', input: mod((d) => (d.format = '1')), ok: false, fragment: '`format` must be a number' },
  { name: 'no format field', input: mod((d) => delete d.format), ok: false, fragment: 'no `format` field' },
  { name: 'not JSON', input: 'hello', ok: false, fragment: 'not valid JSON' },
  { name: 'truncated JSON', input: JSON.stringify(good).slice(0, 40), ok: false, fragment: 'not valid JSON' },
  { name: 'empty file', input: '  ', ok: false, fragment: 'is empty' },
  { name: 'array instead of object', input: '[]', ok: false, fragment: 'holds an array' },
  { name: 'unknown Mirage version', input: mod((d) => (d.mirage = '3.0.0')), ok: false, fragment: 'mirage: must be a Mirage release from 4.0.0 to 4.11.1' },
  { name: 'duplicate instance ids', input: mod((d) => d.devices.push({ ...d.devices[0]! })), ok: false, fragment: 'is already the id of devices[0]' },
  { name: 'param of a wrong shape', input: mod((d) => ((d.devices[0]!.params as Record<string, unknown>).x = { evil: 1 })), ok: false, fragment: 'devices[0].params.x: not a parameter value' },
  { name: 'position not a number', input: mod((d) => (d.devices[0]!.position = { x: 'a', y: 0 })), ok: false, fragment: 'devices[0].position.x: expected number' },
  { name: 'runtime arg without type', input: mod((d) => (d.runtimeArgs = [{ name: 'p' }])), ok: false, fragment: 'runtimeArgs[0].type: missing' },
  { name: 'name too long', input: mod((d) => (d.name = 'x'.repeat(300))), ok: false, fragment: 'name: Too big' },
  { name: '__proto__ key', input: '{"__proto__": {"x": 1}, "format": 1}', ok: false, fragment: 'unknown field `__proto__`' },
  { name: 'dangling wire (dropped with a warning)', input: mod((d) => d.wires.push({ id: 'w', from: 'nope', to: 'net', port: 'p' })), ok: true, fragment: '`nope` is not a device of this design' },
];
