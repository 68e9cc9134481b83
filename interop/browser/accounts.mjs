// Accounts, walked in headless Debian Chromium as the people who run them: the center's
// administrator signs in for the first time with the one-time password and must choose one;
// it invites a member administrator for alpha, who follows the link, chooses a password, runs
// alpha's users (a token for ann, revoked after a confirmation step; a reset link) and cannot reach bravo's; it turns a
// second factor on and signs in again with a recovery code; an analyst looks at its own
// account. Every page is checked with axe-core and at 390 and 1366 px (no sideways scroll),
// and screenshots are kept. Prints the administrator's chosen password for the next walk.
import assert from 'node:assert/strict';
import { accessible, atWidths, base, browser, finish, newPage, signIn, totp } from './lib.mjs';

const oneTime = process.env.LIAISON_ADMIN_PASSWORD;
const chosen = process.env.LIAISON_ADMIN_CHOSEN;

try {
  // The first sign-in: every page leads to the account page until a password is chosen.
  const admin = await newPage();
  await admin.goto(`${base}/sign-in`);
  await admin.fill('#username', 'admin');
  await admin.fill('#password', oneTime);
  await admin.click('button[type=submit]');
  await admin.waitForURL(`${base}/account`);
  assert.match(await admin.textContent('main'), /Choose your own before anything else/);
  await admin.goto(`${base}/search`);
  assert.equal(admin.url(), `${base}/account`, 'no page but the account until then');
  await atWidths(admin, '/account', 'account-first-sign-in');
  // A common password is refused under its field; the typed current password is not kept.
  await admin.setViewportSize({ width: 1366, height: 900 });
  await admin.fill('#current-password', oneTime);
  await admin.fill('#new-password', 'password1234');
  await admin.fill('#confirm-password', 'password1234');
  await admin.click('form[action="/account/password"] button');
  assert.match(await admin.textContent('#new-password-error'), /among those tried first/);
  await accessible(admin, 'account-refused');
  await admin.fill('#current-password', oneTime);
  await admin.fill('#new-password', chosen);
  await admin.fill('#confirm-password', chosen);
  await admin.click('form[action="/account/password"] button');
  await admin.waitForURL(/\/account\?done=password/);
  assert.match(await admin.textContent('[role=status]'), /Your password is changed/);
  await admin.goto(`${base}/search`);
  assert.equal(admin.url(), `${base}/search`);

  // The administrator invites alpha's member administrator.
  await atWidths(admin, '/users?member=alpha', 'users-admin');
  await admin.fill('#invite-username', 'mia');
  await admin.fill('#invite-display', 'Mia Ferreira');
  await admin.check('input[name=roles][value=member_administrator]');
  await admin.click('form[action="/users"][method=post] button');
  const link = (await admin.textContent('.secret')).trim();
  assert.match(link, /\/set-password\?token=liaison_/);
  assert.match(await admin.textContent('table'), /mia.*Mia Ferreira.*member administrator.*invited/s);

  // Mia follows the link, chooses a password, signs in.
  const mia = await newPage();
  await mia.goto(link);
  await accessible(mia, 'set-password');
  await mia.fill('#password', 'mia keeps alpha running');
  await mia.fill('#confirm', 'mia keeps alpha ranning');
  await mia.click('button[type=submit]');
  assert.match(await mia.textContent('#password-error'), /differ/);
  await mia.fill('#password', 'mia keeps alpha running');
  await mia.fill('#confirm', 'mia keeps alpha running');
  await mia.click('button[type=submit]');
  await mia.waitForURL(/\/sign-in\?done=1/);
  assert.match(await mia.textContent('[role=status]'), /Your password is set/);
  await mia.fill('#username', 'mia');
  await mia.fill('#password', 'mia keeps alpha running');
  await mia.click('button[type=submit]');
  await mia.waitForURL(`${base}/`);
  // The link works once.
  const again = await newPage();
  await again.goto(link);
  await again.fill('#password', 'somebody else tries it');
  await again.fill('#confirm', 'somebody else tries it');
  await again.click('button[type=submit]');
  assert.match(await again.textContent('#password-error'), /unknown, used or expired/);
  await again.context().close();

  // Mia runs alpha's users, and only alpha's.
  await atWidths(mia, '/users', 'users-member-administrator');
  assert.doesNotMatch(await mia.textContent('main'), /\bbob\b/);
  assert.equal((await mia.goto(`${base}/users/bob`)).status(), 404);
  await atWidths(mia, '/users/ann', 'user');
  await mia.setViewportSize({ width: 1366, height: 900 });
  await mia.fill('#token-name', 'Alpha TAXII poller');
  await mia.selectOption('#token-scope', 'read');
  await mia.click('form[action="/users/ann/tokens"] button');
  assert.match(await mia.textContent('[role=status]'), /shown only now: liaison_/);
  const secret = (await mia.textContent('[role=status] .secret')).trim();
  const read = await fetch(`${base}/taxii2/exchange/collections/`, {
    headers: { authorization: `Bearer ${secret}`, accept: 'application/taxii+json;version=2.1' },
  });
  assert.equal(read.status, 200, 'the token reads');
  // Revoking asks first, on a page of its own that says what it will do.
  await mia.click('form[action^="/users/ann/tokens/"] button');
  assert.match(await mia.textContent('[role=alert]'), /The token Alpha TAXII poller stops working at once/);
  assert.ok(await mia.isVisible('a[href="/users/ann"]'), 'cancel leads back');
  await accessible(mia, 'confirm-revoke');
  for (const width of [390, 1366]) {
    await mia.setViewportSize({ width, height: 900 });
    await mia.screenshot({ path: `${process.env.SCREENSHOTS}/confirm-revoke-${width}.png`, fullPage: true });
    assert.ok(await mia.evaluate(() => document.documentElement.scrollWidth) <= width + 1, `fits ${width}`);
  }
  await mia.click('form[action^="/users/ann/tokens/"] button');
  await mia.waitForURL(/done=revoked/);
  assert.match(await mia.textContent('[role=status]'), /The token is revoked/);
  const revoked = await fetch(`${base}/taxii2/exchange/collections/`, {
    headers: { authorization: `Bearer ${secret}`, accept: 'application/taxii+json;version=2.1' },
  });
  assert.equal(revoked.status, 401, 'and stops at once');
  await mia.click('form[action="/users/ann/reset"] button');
  assert.match(await mia.textContent('[role=status]'), /set-password\?token=/);
  await accessible(mia, 'user-reset-link');

  // Mia connects alpha: an identity it authors as, a webhook (a private address is refused
  // under its field), and a feed.
  await atWidths(mia, '/connections', 'connections');
  await mia.setViewportSize({ width: 1366, height: 900 });
  // Identities are registered by the center's administrators (a member administrator could
  // claim a third party's); mia is told so, and the administrator registers alpha's unit.
  assert.match(await mia.textContent('main'), /The center's administrators register identities/);
  await admin.goto(`${base}/connections?member=alpha`);
  await admin.fill('#identity-id', 'identity--0f7e2f3b-8a61-4b43-9f5e-3c2d1a0b9c8d');
  await admin.fill('#identity-name', 'الوحدة السيبرانية');
  await admin.click('form[action="/connections/identities"] button');
  await admin.waitForURL(/done=identity/);
  await mia.goto(`${base}/connections`);
  assert.match(await mia.textContent('main'), /الوحدة السيبرانية/);
  await mia.fill('#webhook-url', 'http://169.254.169.254/latest/meta-data');
  await mia.click('form[action="/connections/webhooks"] button');
  assert.match(await mia.textContent('#webhook-url-error'), /cloud metadata address/);
  assert.equal(await mia.inputValue('#webhook-url'), 'http://169.254.169.254/latest/meta-data');
  await accessible(mia, 'connections-refused');
  await mia.fill('#webhook-url', 'https://hooks.alpha.example/liaison');
  await mia.click('form[action="/connections/webhooks"] button');
  assert.match(await mia.textContent('[role=status]'), /shown only now/);
  await mia.goto(`${base}/feeds`);
  await mia.fill('#feed-name', 'alpha-vendor');
  await mia.fill('#feed-root', 'ftp://vendor.example/');
  await mia.fill('#feed-collection', 'abc');
  await mia.fill('#feed-user', 'ann');
  await mia.click('form[action="/feeds"] button');
  assert.match(await mia.textContent('#feed-root-error'), /http:\/\/ or https:\/\/ URL/);
  assert.equal(await mia.inputValue('#feed-name'), 'alpha-vendor', 'what was typed is kept');
  await mia.fill('#feed-root', 'https://vendor.example/taxii2/api1/');
  await mia.click('form[action="/feeds"] button');
  await mia.waitForLoadState();
  assert.equal(await mia.locator('form[action="/feeds"] .error').count(), 0, await mia.textContent('form[action="/feeds"]'));
  await atWidths(mia, '/feeds', 'feeds-member-administrator');
  assert.match(await mia.textContent('main'), /vendor\.example/);

  // Mia turns a second factor on, then signs in with a recovery code.
  await mia.goto(`${base}/account`);
  await mia.click('form[action="/account/second-factor"] button');
  await accessible(mia, 'second-factor');
  await mia.screenshot({ path: `${process.env.SCREENSHOTS}/second-factor.png`, fullPage: true });
  assert.equal(await mia.locator('.qr svg').count(), 1, 'a QR code to scan');
  const key = (await mia.textContent('.secret')).trim();
  await mia.fill('#code', '000000');
  await mia.click('form[action="/account/second-factor/confirm"] button');
  assert.match(await mia.textContent('#code-error'), /does not match/);
  await mia.fill('#code', totp(key));
  await mia.click('form[action="/account/second-factor/confirm"] button');
  const codes = await mia.locator('ul.codes li').allTextContents();
  assert.equal(codes.length, 10);
  await atWidths(mia, '/account', 'account-second-factor');
  assert.match(await mia.textContent('main'), /10 recovery codes left/);
  await mia.click('form[action="/sign-out"] button');
  await mia.fill('#username', 'mia');
  await mia.fill('#password', 'mia keeps alpha running');
  await mia.click('button[type=submit]');
  await accessible(mia, 'sign-in-code');
  await mia.fill('#code', codes[0]);
  await mia.click('form[action="/sign-in/code"] button');
  await mia.waitForURL(`${base}/`);
  await mia.goto(`${base}/account`);
  assert.match(await mia.textContent('main'), /9 recovery codes left/);

  // An analyst's own account: sessions and tokens; no users page.
  const ann = await signIn('ann', 'a long alpha password');
  await atWidths(ann, '/account', 'account-analyst');
  assert.match(await ann.textContent('main'), /this session/);
  assert.equal((await ann.goto(`${base}/users`)).status(), 403);
} catch (e) {
  await browser.close();
  throw e;
}

await finish('accounts');
