// The roles the other walks leave out, each doing its job start to finish at 390 and 1366 px:
// the presidency's own user (ann: alpha holds the presidency) convenes a meeting, puts an
// agenda item linked to an open vote and a decision to the members' vote, and is offered the
// statistics publish form; bravo's delegate (dan, who reads Russian: bravo's default) finds the
// vote on its home page, votes, and sees its vote listed as cast. Every page passes axe-core and
// fits the screen; screenshots kept.
import assert from 'node:assert/strict';
import { accessible, atWidths, base, browser, finish, shots, signIn } from './lib.mjs';

try {
  // The presidency.
  const ann = await signIn('ann', 'a long alpha password');
  await atWidths(ann, '/meetings', 'presidency-meetings');
  await ann.setViewportSize({ width: 390, height: 844 });
  await ann.fill('#title', 'Spring plenary');
  await ann.fill('#starts', '2099-03-01T09:00');
  await ann.fill('#ends', '2099-03-01T17:00');
  await ann.fill('#venue', 'Lisbon');
  await ann.click('form[method=post][action="/meetings"] button[type=submit]');
  await ann.waitForURL(/\/meetings\/\d+$/);
  const meeting = new URL(ann.url()).pathname;
  await ann.fill('#item', 'The harbour operation');
  await ann.selectOption('#link', { label: 'Vote: Open a joint operation on the harbour' });
  await ann.click('form[action$="/agenda"] button[type=submit]');
  await ann.waitForURL(new RegExp(`${meeting}$`));
  await ann.fill('#decision', 'Share the harbour list with every member');
  await ann.check('input[name=by][value=vote]');
  await ann.fill('#decision-days', '10');
  await ann.click('form[action$="/decisions"] button[type=submit]');
  await ann.waitForURL(new RegExp(`${meeting}$`));
  const kept = await ann.textContent('main');
  assert.match(kept, /The harbour operation — Open a joint operation on the harbour/);
  assert.match(kept, /Share the harbour list with every member — open/);
  await atWidths(ann, meeting, 'presidency-meeting');
  await atWidths(ann, '/statistics', 'presidency-statistics');
  assert.ok(await ann.isVisible('form[action="/statistics/publish"]'), 'the presidency publishes');

  // Bravo's delegate: the vote waits on the home page; cast, it is listed as cast.
  const dan = await signIn('dan', 'a long delegate password');
  await atWidths(dan, '/', 'delegate-home');
  // The vote's own link (the notifications above it lead to the meeting's decision).
  const pending = dan.locator('a[href^="/governance#vote-"]', { hasText: 'Share the harbour list with every member' }).first();
  await pending.click();
  await dan.waitForURL(/\/governance#vote-\d+$/);
  const row = dan.locator('tr', { hasText: 'Share the harbour list with every member' });
  await row.locator('button[value=yes]').click();
  await dan.waitForURL(/\/governance#vote-\d+$/);
  assert.ok(await dan.locator('tr', { hasText: 'Share the harbour list with every member' }).locator('p').count() >= 1);
  await accessible(dan, 'delegate-voted');
  await dan.screenshot({ path: `${shots}/delegate-voted.png`, fullPage: true });
  await atWidths(dan, '/', 'delegate-home-after');
  const home = await dan.textContent('main');
  assert.match(home, /Share the harbour list with every member/);
} catch (e) {
  await browser.close();
  throw e;
}

await finish('roles');
