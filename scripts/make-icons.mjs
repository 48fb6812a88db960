// Draws Rapport's app icons: the brand's white "R" on its teal (Tailwind teal-700, the
// theme colour), as an SVG and as the PNGs an installed app needs, rasterized by headless
// Chromium (no image library). Run after changing the drawing: node scripts/make-icons.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { repoRoot } from "./screenshot-app.mjs";

const teal = "#0f766e";
const publicDir = join(repoRoot, "src/web/public");

/** The letter as three round strokes on a 512 grid, so no font is needed to draw it. */
function glyph(scale) {
  const offset = 256 - 256 * scale;
  return `<g transform="translate(${offset} ${offset}) scale(${scale})" fill="none" stroke="#fff" stroke-width="60" stroke-linecap="round" stroke-linejoin="round">
    <path d="M180 132V380"/>
    <path d="M180 132H276a74 74 0 0 1 0 148H180"/>
    <path d="M262 286L332 380"/>
  </g>`;
}

/** `rounded`: the icon as browsers show it; otherwise full-bleed, for maskable and iOS icons. */
function svg({ rounded, scale }) {
  const background = rounded
    ? `<rect width="512" height="512" rx="112" fill="${teal}"/>`
    : `<rect width="512" height="512" fill="${teal}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Rapport</title>${background}${glyph(scale)}</svg>\n`;
}

const icons = [
  { file: "pwa-192.png", size: 192, rounded: true, scale: 1 },
  { file: "pwa-512.png", size: 512, rounded: true, scale: 1 },
  // A maskable icon keeps what matters inside the central circle of 80 % of its width.
  { file: "pwa-maskable-512.png", size: 512, rounded: false, scale: 0.72 },
  { file: "apple-touch-icon.png", size: 180, rounded: false, scale: 0.86 },
];

writeFileSync(join(publicDir, "icon.svg"), svg({ rounded: true, scale: 1 }));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
try {
  for (const icon of icons) {
    const page = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    const image = `data:image/svg+xml;base64,${Buffer.from(svg(icon)).toString("base64")}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${image}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    await page.screenshot({ path: join(publicDir, icon.file), omitBackground: true });
    await page.close();
    console.log(`src/web/public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
