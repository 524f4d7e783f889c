import type { Page } from 'playwright-core';

/** Drives the Agents Playground's web client the way a person does. */
export class PlaygroundPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await this.page.locator('div[role="textbox"]').last().waitFor({ state: 'visible', timeout: 120_000 });
  }

  async openConversation(label: 'Personal Chat' | 'Group Chat' | string): Promise<void> {
    await this.page.locator(`button[role="treeitem"][aria-label="${label}"]`).click();
  }

  /** Types into the compose box and sends, in a chat (Send) or a channel (Post, with an @mention of the bot). */
  async say(text: string, options: { channel?: boolean; botName?: string } = {}): Promise<void> {
    const box = this.page.locator('div[role="textbox"]').last();
    if (options.channel) {
      await box.click();
      await box.pressSequentially('@');
      await this.page.getByRole('menuitem', { name: options.botName ?? 'Cross-Tenant Sync' }).click();
      await box.pressSequentially(` ${text}`);
      await this.page.getByRole('button', { name: 'Post', exact: true }).click();
      return;
    }
    await box.fill(text);
    await this.page.locator('button[aria-label="Send Message"]').click();
  }

  async see(text: string | RegExp, timeoutMs = 30_000): Promise<void> {
    await this.page.getByText(text).last().waitFor({ state: 'visible', timeout: timeoutMs });
  }
}
