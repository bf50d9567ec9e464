import { expect, test } from "@playwright/test";
import { underServiceWorker } from "./helpers";

/** Width and height from a PNG's IHDR chunk, so a wrongly sized icon fails the test. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("the app meets the install criteria: manifest, icons, theme colour, a controlling service worker", async ({ page }) => {
  await page.goto("/signin");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "Responsible AI in Law Enforcement", start_url: "/learn", scope: "/", display: "standalone" });
  expect(manifest.short_name.length).toBeLessThanOrEqual(15);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", manifest.theme_color);

  const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
  for (const size of [192, 512]) expect(icons.some((icon) => icon.sizes === `${size}x${size}` && (icon.purpose ?? "any").includes("any"))).toBe(true);
  expect(icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  for (const icon of icons) {
    const image = await page.request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"]).toBe(icon.type);
    const [width, height] = icon.sizes.split("x").map(Number);
    expect(pngSize(await image.body()), icon.src).toEqual({ width, height });
  }

  await underServiceWorker(page);
});

test("the service worker's source map is not served", async ({ request }) => {
  const worker = await request.get("/serwist/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/javascript/);
  expect(await worker.text()).not.toContain("sourceMappingURL");
  expect((await request.get("/serwist/sw.js.map")).status()).toBe(404);
});
