import { type Locator, type Page, expect } from '@playwright/test';

/** The release switch in the header and the migration dialog it opens. */
export class MigratePage {
  readonly select: Locator;
  readonly prompt: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.select = page.getByTestId('version-select');
    this.prompt = page.getByTestId('release-prompt');
    this.dialog = page.getByTestId('migrate-dialog');
  }

  /** Picks a release in the header select; the Migrate / Switch only / Cancel prompt appears. */
  async pick(version: string) {
    await this.select.selectOption(version);
    await expect(this.prompt).toBeVisible();
  }

  /** Picks a release and chooses Migrate…: the preview dialog opens. */
  async preview(version: string) {
    await this.pick(version);
    await this.page.getByTestId('release-migrate').click();
    await expect(this.dialog).toBeVisible();
  }

  entries(kind?: 'change' | 'manual' | 'blocker' | 'note'): Locator {
    const all = this.dialog.getByTestId('migrate-entry');
    return kind ? all.and(this.page.locator(`[data-kind="${kind}"]`)) : all;
  }

  /** The text of one side of the diff of a file (`config.ml`, `unikernel.ml`), line by line. */
  async side(file: string, side: 'left' | 'right'): Promise<string> {
    await this.dialog.getByTestId(`migrate-file-${file}`).click();
    const cells = this.dialog.getByTestId(`migrate-${side}`);
    return (await cells.allTextContents()).map((t) => t.replace(/^\d+/, '')).join('\n');
  }
}
