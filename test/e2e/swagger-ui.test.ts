import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey } from '../../src/domain/keys/keys.js';
import { apiTags } from '../../src/plugins/docs.js';
import { buildTestApp, createTestDatabase } from '../helpers.js';

// Debian's chromium; never a browser downloaded by a test tool. `.ci/run` installs it when missing.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumPresent = existsSync(chromiumPath);
const inCi = process.env.CI === 'true';
export const artifactsDirectory = join(import.meta.dirname, '../../test-artifacts');

if (!chromiumPresent && !inCi) {
  console.warn(
    `\n[swagger-ui e2e] SKIPPED: no Chromium at ${chromiumPath}. Install it with \`apt-get install chromium\` ` +
      'or set CHROMIUM_PATH. In CI (CI=true) this test always runs.\n',
  );
}

describe.skipIf(!chromiumPresent && !inCi)('Swagger UI at /docs, in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      // The machine has no network: keep Chromium from reaching out at start.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every tag, then runs GET /v1/demands with party=hamas,israel and shows the three amendments', async () => {
    const app = await buildTestApp();
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    try {
      await page.goto(`${address}/docs`);
      await page.locator('.opblock-tag').first().waitFor();
      const tags = await page
        .locator('.opblock-tag')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tag')));
      expect(tags).toEqual(expect.arrayContaining(apiTags.map((tag) => tag.name)));
      mkdirSync(artifactsDirectory, { recursive: true });
      await page.screenshot({ path: join(artifactsDirectory, 'swagger-ui-overview.png') });

      const operation = page.locator('#operations-Demands-listDemands');
      await operation.locator('.opblock-summary').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      // `party` takes several ids: Swagger UI shows a list and sends it comma-separated (explode: false).
      const party = operation.locator('tr[data-param-name="party"]');
      for (const [index, id] of ['hamas', 'israel'].entries()) {
        await party.getByRole('button', { name: 'Add string item' }).click();
        await party.locator('input').nth(index).fill(id);
      }
      await operation.getByRole('button', { name: 'Execute' }).click();

      const responseBody = operation.locator('.live-responses-table .response-col_description pre').first();
      await responseBody.waitFor();
      const body = await responseBody.innerText();
      for (const id of [
        'immediate-talks-on-ending-the-war',
        'aid-through-pre-existing-channels',
        'limits-on-israeli-forces-in-gaza',
      ]) {
        expect(body).toContain(id);
      }
      await expect
        .poll(() => operation.locator('.live-responses-table .response .response-col_status').first().innerText())
        .toBe('200');
      expect(await operation.locator('.request-url pre').innerText()).toContain('/v1/demands?party=hamas,israel&');

      await operation.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifactsDirectory, 'swagger-ui-list-demands.png'), fullPage: false });
    } finally {
      await page.close();
    }
  }, 60_000);

  it('authorizes with an API key through "Authorize", then records a statement with Try it out', async () => {
    const db = createTestDatabase();
    const { key } = createKey(db, 'swagger-ui-analyst', 'editor');
    const app = await buildTestApp({ db });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    try {
      await page.goto(`${address}/docs`);
      await page.locator('.btn.authorize').first().click();
      const dialog = page.locator('.dialog-ux');
      await dialog.locator('#auth-bearer-value').fill(key);
      await dialog.locator('button.modal-btn.authorize').click();
      await dialog.locator('button.btn-done').click();

      const operation = page.locator('#operations-Statements-createStatement');
      await operation.locator('.opblock-summary').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      const body = {
        sourceId: 'ceasefire-talks-report',
        id: 'pressure-from-stakeholders',
        kind: 'context',
        title: 'Pressure from international stakeholders',
        summary: 'The report says pressure is mounting from international stakeholders.',
        evidence: [
          {
            quote: 'pressure is mounting from international stakeholders',
            attributedTo: { kind: 'reporter', id: null, label: null },
            reporting: 'reporter-analysis',
            hedges: [],
          },
        ],
      };
      await operation.locator('textarea.body-param__text').fill(JSON.stringify(body, null, 2));
      await operation.getByRole('button', { name: 'Execute' }).click();
      await expect
        .poll(() => operation.locator('.live-responses-table .response .response-col_status').first().innerText())
        .toBe('201');
      mkdirSync(artifactsDirectory, { recursive: true });
      await page.screenshot({ path: join(artifactsDirectory, 'swagger-ui-authorized-write.png') });
      expect((await app.inject('/v1/statements/pressure-from-stakeholders')).statusCode).toBe(200);
      const [revision] = (await app.inject('/v1/statements/pressure-from-stakeholders/revisions')).json().items;
      expect(revision.actor).toBe('swagger-ui-analyst');
    } finally {
      await page.close();
    }
  }, 60_000);
});
