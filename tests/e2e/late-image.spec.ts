import { TEST_HOST, expect, test } from './fixtures';

const PAGE = `${TEST_HOST}/late-image.html`;
const IMAGE = `${TEST_HOST}/badges/data-science/hosted-valid.png`;
// A 100 px square that clips (a logo column), and a badge with no size until it has loaded: beside it
// the chip fits only while the image is still loading; after, it would wrap below, out of sight.
const HTML = `<!doctype html><meta charset="utf-8"><title>A badge that loads late</title>
<body style="font-family:sans-serif;margin:40px">
<div id="box" style="width:100px;height:100px;overflow:hidden;border:1px solid #ccc"><img id="badge" src="${IMAGE}" alt="" style="max-width:100%"></div>
</body>`;

test("a badge image that loads after its chip was drawn: the chip is laid out again, over the badge's corner when there is no room beside it", async ({
  page,
  shot,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(PAGE, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: HTML }));
  // Only the page's own request is held: the worker fetches its copy itself, so the verdict comes first.
  await page.route(IMAGE, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(PAGE, { waitUntil: 'domcontentloaded' });
  const chip = page.locator('#box badge-lens-chip');
  await expect(chip).toHaveAttribute('data-badge-lens-status', 'verified', { timeout: 30_000 });
  const button = chip.locator('button');
  const box = (await page.locator('#box').boundingBox())!;
  const before = (await button.boundingBox())!;
  expect(before.x + before.width, 'beside the unloaded image, the chip fits in the box').toBeLessThanOrEqual(box.x + box.width + 1);
  expect(await page.locator('#badge').evaluate((img: HTMLImageElement) => img.complete)).toBe(false);

  release();
  await expect.poll(() => page.locator('#badge').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const image = (await page.locator('#badge').boundingBox())!;
  expect(image.width, 'the loaded badge leaves no room beside it').toBeGreaterThan(box.width - before.width);
  await expect
    .poll(
      async () => {
        const corner = (await button.boundingBox())!;
        return corner.x >= image.x + image.width / 2 - 1 && corner.x + corner.width <= image.x + image.width + 1;
      },
      { message: "the chip moved over the badge's bottom-right corner" },
    )
    .toBe(true);
  const corner = (await button.boundingBox())!;
  expect(corner.y + corner.height).toBeLessThanOrEqual(image.y + image.height + 1);
  await shot(page, 'late-image-corner', { fullPage: false });
});
