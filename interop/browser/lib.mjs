// What the browser walks share: one headless Debian Chromium, axe-core on every page visited,
// screenshots, signing in, and the layout check at a width.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const base = process.env.LIAISON_URL;
export const shots = process.env.SCREENSHOTS;

export const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
export const checked = new Set();
let failures = 0;

/** axe-core on the page as it stands; serious and critical violations fail the run. */
export async function accessible(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }),
  );
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad) {
    failures += 1;
    console.error(`axe: ${name}: ${v.id} (${v.impact}): ${v.help}`);
    for (const n of v.nodes.slice(0, 3)) console.error(`   ${n.target.join(' ')}`);
  }
  checked.add(name);
}

export async function visit(page, path, name, shot = true) {
  const r = await page.goto(base + path);
  await accessible(page, name);
  if (shot) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  return r;
}

/** A new browser context; pages forbid inline script, and axe-core is injected, so CSP is bypassed. */
export async function newPage() {
  const context = await browser.newContext({ bypassCSP: true });
  return context.newPage();
}

export async function signIn(user, password) {
  const page = await newPage();
  await page.goto(`${base}/`);
  assert.match(page.url(), /\/sign-in/);
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL(`${base}/`);
  return page;
}

/** The page at phone and laptop widths: looked at (screenshots), checked with axe, and
 * scrolling sideways at neither. */
export async function atWidths(page, path, name) {
  for (const [width, height] of [[390, 844], [1366, 900], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await visit(page, path, `${name}-${width}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    // What sticks out, to say which element to mend.
    const out = wide <= width + 1 ? [] : await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((e) => !e.closest('svg, .table-wrap, .skip'))
      .filter((e) => { const r = e.getBoundingClientRect(); return r.right > innerWidth + 1 || r.left < -1; })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`));
    assert.ok(wide <= width + 1, `${name} fits ${width} px (${wide}): ${out.join('; ')}`);
  }
}

/** The code an authenticator app shows now for a base-32 secret (RFC 6238, SHA-1, 30 s). */
export function totp(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) key.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30000)));
  const h = createHmac('sha1', Buffer.from(key)).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  return ((h.readUInt32BE(o) & 0x7fffffff) % 1000000).toString().padStart(6, '0');
}

/** Ends the run: the browser closed, and a failure if axe found any serious violation. */
export async function finish(label) {
  await browser.close();
  console.log(`${label}: ${checked.size} pages checked with axe-core; screenshots in ${shots}`);
  if (failures > 0) {
    console.error(`${label}: ${failures} serious or critical accessibility violations`);
    process.exit(1);
  }
}
