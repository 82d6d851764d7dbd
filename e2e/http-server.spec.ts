import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';

test('builds the HTTP server (paf_server + port runtime argument) from an empty canvas', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.goto();
  await editor.newDesign();

  for (const device of ['default_network', 'generic_stackv4v6', 'tcpv4v6_of_stackv4v6', 'paf_server']) await editor.addBySearch(device);
  await editor.tidy();
  await expect(editor.node('http')).toBeVisible();
  await editor.wire('net', 'stack', 'arg1');
  await editor.wire('stack', 'tcp', 'arg1');
  await editor.wire('tcp', 'http', 'arg1');

  // paf_server's ~port comes from a new runtime argument `port`.
  await editor.select('http');
  const inspector = page.getByTestId('inspector');
  await inspector.getByTestId('field-port').getByRole('button', { name: '+ new' }).click();
  await editor.select('main');
  await inspector.getByTestId('main-functor').getByRole('button', { name: '+ parameter' }).click();
  await inspector.getByLabel('parameter 1 type').selectOption('http_server');
  await editor.wire('http', 'main', 'arg1');
  // The runtime argument's default is edited with nothing selected.
  await editor.canvas.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  const args = inspector.getByTestId('runtime-args');
  await args.getByLabel('default (OCaml literal, empty = required)').fill('8080');
  await args.getByLabel('default (OCaml literal, empty = required)').blur();

  await editor.tab('problems');
  await expect(editor.problems().filter({ has: page.locator('[data-severity="error"]') })).toHaveCount(0);
  await expect(page.locator('[data-testid="problem-item"][data-severity="error"]')).toHaveCount(0);

  const config = await editor.copiedConfig();
  expect(config).toContain('open Mirage');
  expect(config).toMatch(/let port : int runtime_arg = Runtime_arg\.create ~pos:__POS__ "Unikernel\.port"/);
  expect(config).toContain('let net = default_network');
  expect(config).toContain('generic_stackv4v6 net');
  expect(config).toContain('tcpv4v6_of_stackv4v6 stack');
  expect(config).toMatch(/let \w+ = paf_server ~port tcp/);
  expect(config).toContain('(http_server @-> job)');
  expect(config).toMatch(/register "unikernel" \[ main \$ \w+ \]/);

  await editor.tab('launch');
  await expect(page.getByTestId('code-view').locator('.view-lines')).toContainText('--port=8080');
});
