import { expect, test } from '@playwright/test';
import { LessonPage } from './pages/LessonPage';

/** Lessons 5–8 done the way a learner does them: typing in the palette and inspector, dragging wires. */
test.describe('lessons: networking', () => {
  test.beforeEach(async ({ page }) => {
    await new LessonPage(page).editor.goto();
  });

  test('stack-layers: network, ethernet, ARP, IPv4, IPv6 and direct_stackv4v6, wired by hand', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('stack-layers');
    const net = await l.add('default_network');
    const eth = await l.add('ethif');
    await l.tidy();
    await l.wire(net, eth, 'arg1');
    await l.expectStep('ethernet', 'done');

    const arp = await l.add('arp');
    await l.tidy();
    await l.wire(eth, arp, 'arg1');
    await l.expectStep('arp', 'done');

    const ipv4 = await l.add('create_ipv4');
    await l.tidy();
    await l.wire(eth, ipv4, 'arg1');
    await expect(l.hint()).toContainText('ARP second');
    await l.wire(arp, ipv4, 'arg2');
    await l.expectStep('ipv4', 'done');

    const ipv6 = await l.add('create_ipv6');
    await l.tidy();
    await l.wire(net, ipv6, 'arg1');
    await l.wire(eth, ipv6, 'arg2');
    await l.expectStep('ipv6', 'done');

    const stack = await l.add('direct_stackv4v6');
    await l.tidy();
    const layers = [net, eth, arp, ipv4, ipv6];
    for (const [i, from] of layers.entries()) await l.wire(from, stack, `arg${i + 1}`);
    await expect(l.hint()).toContainText('parameter of `main`'.replace(/`/g, ''));
    await l.wire(stack, 'main', 'arg1');
    await l.expectComplete();
    expect(await l.editor.copiedConfig()).toMatch(/direct_stackv4v6 \w+ \w+ \w+ \w+ \w+/);
  });

  test('targets: hvt, a second network, its stack, and the group that ends the flag clash', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('targets');
    await l.target('hvt');
    await l.expectStep('hvt', 'done');

    const priv = await l.add('netif');
    await l.typeInField('arg1', 'private');
    await l.expectStep('netif', 'done');

    const stack = await l.add('generic_stackv4v6');
    await l.select('main');
    await l.addFunctorParam('stackv4v6');
    await l.tidy();
    await l.wire(priv, stack, 'arg1');
    await l.wire(stack, 'main', 'arg2');
    await l.expectStep('stack', 'done');
    // The clash of the two stacks' flags is the hint of the next step.
    await expect(l.hint()).toContainText('--ipv4');

    await l.select(stack);
    await l.typeInField('group', 'private');
    await l.expectComplete();
    await l.editor.tab('launch');
    await expect(page.getByTestId('code-view').locator('.view-lines')).toContainText('--net:private=');
  });

  test('http-server: stack, TCP, paf_server with --port defaulting to 8080, given to main', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('http-server');
    const net = await l.add('default_network');
    const stack = await l.add('generic_stackv4v6');
    await l.tidy();
    await l.wire(net, stack, 'arg1');
    await l.expectStep('stack', 'done');

    // The wrong first try of the issue: paf_server straight away, with no TCP layer.
    const http = await l.add('paf_server');
    await expect(l.hint()).toContainText('comes from the stack: add tcpv4v6_of_stackv4v6');
    const tcp = await l.add('tcpv4v6_of_stackv4v6');
    await l.tidy();
    await l.wire(stack, tcp, 'arg1');
    await l.expectStep('tcp', 'done');

    await l.wire(tcp, http, 'arg1');
    await l.select(http);
    await page.getByTestId('inspector').getByTestId('field-port').getByRole('button', { name: '+ new' }).click();
    await l.expectStep('server', 'done');

    await l.selectNothing();
    await l.typeInLabelled('default (OCaml literal, empty = required)', '8080');
    await l.expectStep('default', 'done');

    await l.select('main');
    await l.addFunctorParam('http_server');
    await l.tidy();
    await l.wire(http, 'main', 'arg1');
    await l.expectComplete();
    await l.editor.tab('launch');
    await expect(page.getByTestId('code-view').locator('.view-lines')).toContainText('--port=8080');
  });

  test('https-client: happy-eyeballs, DNS, mimic and paf_client on one stack', async ({ page }) => {
    const l = new LessonPage(page);
    await l.start('https-client');
    const he = await l.add('generic_happy_eyeballs');
    await l.tidy();
    await l.wire('stack', he, 'arg1');
    await l.expectStep('he', 'done');

    const dns = await l.add('generic_dns_client');
    await l.tidy();
    await l.wire('stack', dns, 'arg1');
    await expect(l.hint()).toContainText('also takes happy-eyeballs');
    await l.wire(he, dns, 'arg2');
    await l.expectStep('dns', 'done');

    const mimic = await l.add('mimic_happy_eyeballs');
    await l.tidy();
    await l.wire('stack', mimic, 'arg1');
    await l.wire(he, mimic, 'arg2');
    await l.wire(dns, mimic, 'arg3');
    await l.expectStep('mimic', 'done');

    const tcp = await l.add('tcpv4v6_of_stackv4v6');
    const client = await l.add('paf_client');
    await l.tidy();
    await l.wire('stack', tcp, 'arg1');
    await l.wire(tcp, client, 'arg1');
    await l.wire(mimic, client, 'arg2');
    await l.expectStep('client', 'done');

    await l.select('main');
    await l.addFunctorParam('alpn_client');
    await l.tidy();
    await l.wire(client, 'main', 'arg1');
    await l.expectComplete();
  });
});
