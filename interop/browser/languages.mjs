// Every member in its own language, walked in headless Debian Chromium: a Persian browser gets
// the sign-in page right to left; cat (charlie) signs in from it, reads the layout in Persian,
// chooses Arabic on the account page and reads that from then on, an error page included; the
// center's administrator sets bravo's language to Russian on the users page, and bob, whose
// browser asks for English, reads Russian. Bob and cat translate an attack pattern into their
// languages and read it so, the original one click away. Cat is offered the release of its own
// report to another member in Arabic. Every page is checked with axe-core and at 390 and
// 1366 px (no sideways scroll, which right-to-left layouts often get wrong); screenshots kept.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { accessible, atWidths, base, browser, finish } from './lib.mjs';

const adminPassword = process.env.LIAISON_ADMIN_PASSWORD;

async function pageIn(locale) {
  const context = await browser.newContext({ bypassCSP: true, locale });
  return context.newPage();
}

async function signInFrom(page, user, password) {
  await page.goto(`${base}/sign-in`);
  await page.fill('#username', user);
  await page.fill('#password', password);
  await page.click('button[type=submit]');
  await page.waitForURL(`${base}/`);
}

const dirOf = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

// Latin words a language's catalog itself writes (acronyms, product and zone names): a page in
// that language may show them.
const catalogWords = (tag) => new Set(
  readFileSync(new URL(`../../crates/server/locales/${tag}/liaison.ftl`, import.meta.url), 'utf8')
    .match(/[A-Za-z][A-Za-z'-]{3,}/g),
);
const latinIn = { ar: catalogWords('ar'), fa: catalogWords('fa'), ru: catalogWords('ru') };

// The words a page shows outside the catalogs: Latin words left in the main part once what
// people wrote (set apart in <bdi> or dir="auto"), machine text (<code>, dir="ltr", times) and
// form values are taken out. An Arabic, Persian or Russian page should have none.
async function wordsOutsideCatalogs(page) {
  const [lang, text] = await page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    main.querySelectorAll('h1, bdi, code, pre, time, [dir=auto], [dir=ltr], input, textarea, select, option, svg, .secret')
      .forEach((e) => e.remove());
    return [document.documentElement.lang, main.textContent];
  });
  const known = latinIn[lang] ?? new Set();
  return [...new Set(text.match(/[A-Za-z][A-Za-z'-]{3,}/g) ?? [])].filter((w) => !known.has(w));
}

// Words found outside the catalogs on the Arabic, Persian and Russian pages, said all at once.
const outside = [];
try {
  // Before sign-in, the browser's language.
  const cat = await pageIn('fa-IR');
  await atWidths(cat, '/sign-in', 'fa-sign-in');
  assert.deepEqual(await dirOf(cat), ['fa', 'rtl']);
  assert.match(await cat.textContent('h1'), /ورود به/);
  await signInFrom(cat, 'cat', 'a long charlie password');
  assert.deepEqual(await dirOf(cat), ['fa', 'rtl']);
  assert.match(await cat.textContent('header nav'), /جست‌وجو/);
  await atWidths(cat, '/', 'fa-home');

  // Cat chooses Arabic; the account page says so in Arabic and every page follows.
  await cat.setViewportSize({ width: 1366, height: 900 });
  await cat.goto(`${base}/account`);
  await cat.selectOption('#language-choice', 'ar');
  await cat.click('form[action="/account/language"] button');
  await cat.waitForURL(/\/account\?done=language/);
  assert.deepEqual(await dirOf(cat), ['ar', 'rtl']);
  assert.match(await cat.textContent('[role=status]'), /حُفظت اللغة: العربية/);
  await accessible(cat, 'ar-account-saved');
  // Cat reads dates in the Hijri calendar, in Baghdad's time; the UTC time stays on hover.
  await cat.selectOption('#calendar-choice', 'islamic');
  await cat.fill('#time-zone', 'Asia/Baghdad');
  await cat.click('form[action="/account/dates"] button');
  await cat.waitForURL(/\/account\?done=dates/);
  const now = cat.locator('main time').first();
  assert.match(await now.textContent(), /هـ/);
  assert.match(await now.getAttribute('title'), /UTC$/);
  await atWidths(cat, '/account', 'ar-account');
  const missing = await cat.goto(`${base}/objects/indicator--00000000-0000-4000-8000-000000000000`);
  assert.equal(missing.status(), 404);
  assert.match(await cat.textContent('h1'), /غير موجود/);
  await accessible(cat, 'ar-not-found');
  // An RFI asked in Arabic, read back on its page in Arabic; the groups page.
  await atWidths(cat, '/rfis', 'ar-rfis');
  await cat.setViewportSize({ width: 1366, height: 900 });
  await cat.fill('#question', 'من يعرف مكان خلية الموصل النائمة؟');
  await cat.selectOption('#priority', 'high');
  await cat.fill('#deadline', '2099-12-31T12:00');
  await cat.click('form[method=post][action="/rfis"] button');
  await cat.waitForURL(/\/rfis\/\d+\?done=sent$/);
  const rfi = new URL(cat.url()).pathname;
  assert.match(await cat.textContent('main'), /خلية الموصل النائمة/);
  assert.match(await cat.textContent('.meta'), /Charlie/);
  await atWidths(cat, rfi, 'ar-rfi');
  await atWidths(cat, '/groups', 'ar-groups');
  // Every other page cat uses, in Arabic at both widths.
  for (const [path, name, said] of [
    ['/', 'ar-home', /طلبات/],
    ['/search?q=rogue', 'ar-search', /Rogue/],
    ['/submit', 'ar-submit', /إرسال/],
    ['/map', 'ar-map', /الخريطة/],
    ['/statistics', 'ar-statistics', /الإحصاءات|إحصاءات/],
    ['/meetings/1', 'ar-meeting', /جدول الأعمال/],
    ['/governance', 'ar-governance', /الرئاسة/],
    ['/notifications', 'ar-notifications', /الإشعارات/],
  ]) {
    await atWidths(cat, path, name);
    assert.deepEqual(await dirOf(cat), ['ar', 'rtl'], path);
    assert.match(await cat.textContent('main'), said, `${name} speaks Arabic`);
    outside.push(...(await wordsOutsideCatalogs(cat)).map((w) => `${path}: ${w}`));
  }
  // Intelligence in Arabic: a third party's attack pattern that bravo shares, its properties
  // under Arabic names, the English description kept left to right inside the Arabic page.
  await atWidths(cat, '/objects/attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298', 'ar-object');
  assert.match(await cat.textContent('main'), /نبذة[\s\S]*الاسم[\s\S]*Rogue Domain Controller/);
  assert.match(await cat.textContent('main'), /الإصدارات/);
  // Charlie's own AMBER report: its liaison officer is offered the release to another member,
  // in Arabic, members named as people read them.
  await cat.goto(`${base}/search?q=${encodeURIComponent('Port courier')}`);
  await cat.click('main a:has-text("Port courier, charlie")');
  await cat.waitForURL(/\/objects\/report--/);
  const own = new URL(cat.url()).pathname;
  await atWidths(cat, own, 'ar-object-release');
  const releaseForm = cat.locator(`form[action="${own}/release"]`);
  assert.match(await cat.textContent('main'), /إتاحة لعضو آخر/);
  assert.match(await releaseForm.textContent(), /Bravo Bureau/);
  assert.match(await releaseForm.textContent(), /ملاحظة لذلك العضو/);

  // The center's administrator sets bravo's language; bob, whose browser asks for English,
  // reads Russian.
  const admin = await pageIn('en-GB');
  await signInFrom(admin, 'admin', adminPassword);
  await admin.goto(`${base}/users?member=bravo`);
  await admin.selectOption('#member-language-choice', 'ru');
  await admin.click('form[action="/member-language"] button');
  await admin.waitForURL(/\/users\?member=bravo&done=language/);
  assert.match(await admin.textContent('[role=status]'), /bravo/);
  assert.deepEqual(await dirOf(admin), ['en', 'ltr'], 'the administrator keeps their own');
  await accessible(admin, 'users-member-language');
  const bob = await pageIn('en-US');
  await signInFrom(bob, 'bob', 'a long bravo password');
  assert.deepEqual(await dirOf(bob), ['ru', 'ltr']);
  assert.match(await bob.textContent('header nav'), /Поиск/);
  await atWidths(bob, '/account', 'ru-account');
  outside.push(...(await wordsOutsideCatalogs(bob)).map((w) => `ru /account: ${w}`));
  await atWidths(bob, '/search?q=beacon', 'ru-search');
  outside.push(...(await wordsOutsideCatalogs(bob)).map((w) => `ru /search: ${w}`));
  // A report released to bravo, in Russian: what it covers as named links, followed.
  await bob.goto(`${base}/search?q=harbour`);
  await bob.click('text=Harbour cell logistics');
  await bob.waitForURL(/\/objects\/report--/);
  await atWidths(bob, new URL(bob.url()).pathname, 'ru-report');
  assert.match(await bob.textContent('main'), /Об объекте/);
  await bob.click('dl.props a[href^="/objects/indicator--"]');
  await bob.waitForURL(/\/objects\/indicator--/);
  await atWidths(bob, new URL(bob.url()).pathname, 'ru-indicator');
  assert.match(await bob.textContent('main'), /Связанные сведения/);
  outside.push(...(await wordsOutsideCatalogs(bob)).map((w) => `ru indicator: ${w}`));
  for (const [path, name] of [['/', 'ru-home'], ['/statistics', 'ru-statistics'], ['/rfis', 'ru-rfis'], ['/governance', 'ru-governance'], ['/map', 'ru-map'], ['/submit', 'ru-submit']]) {
    await atWidths(bob, path, name);
    outside.push(...(await wordsOutsideCatalogs(bob)).map((w) => `ru ${path}: ${w}`));
  }

  // Bob translates the attack pattern into Russian from its page and reads it so from then
  // on, told whose translation it is, with the original one click away; cat adds the Arabic.
  const pattern = '/objects/attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298';
  for (const [who, tag, name, said, shot] of [
    [bob, 'ru', 'Подставной контроллер домена', /Показано на вашем языке/, 'ru-object-translated'],
    [cat, 'ar', 'وحدة تحكم نطاق مارقة', /معروض بلغتك/, 'ar-object-translated'],
  ]) {
    await who.setViewportSize({ width: 1366, height: 900 });
    await who.goto(`${base}${pattern}`);
    await who.selectOption('#translation-language', tag);
    await who.fill('#translation-name', name);
    await who.click('form[action$="/translation"] button');
    await who.waitForURL(/\?done=translation$/);
    assert.equal(await who.textContent('h1'), name);
    assert.match(await who.textContent('main .translation'), said);
    await atWidths(who, pattern, shot);
    outside.push(...(await wordsOutsideCatalogs(who)).map((w) => `${tag} translated: ${w}`));
    await who.click('main .translation a[href$="original=1"]');
    await who.waitForURL(/original=1$/);
    assert.match(await who.textContent('h1'), /Rogue Domain Controller/);
  }

  // The administrator's own pages in Persian, at both widths: users, a user, connections,
  // feeds, governance, meetings, search and home.
  await admin.goto(`${base}/account`);
  await admin.selectOption('#language-choice', 'fa');
  await admin.click('form[action="/account/language"] button');
  await admin.waitForURL(/\/account\?done=language/);
  assert.deepEqual(await dirOf(admin), ['fa', 'rtl']);
  for (const [path, name] of [
    ['/', 'fa-admin-home'],
    ['/search?q=beacon', 'fa-search'],
    ['/users?member=alpha', 'fa-users'],
    ['/users/ann', 'fa-user'],
    ['/connections?member=bravo', 'fa-connections'],
    ['/feeds', 'fa-feeds'],
    ['/governance', 'fa-governance'],
    ['/members', 'fa-members'],
    ['/applications', 'fa-applications'],
    ['/actions', 'fa-actions'],
    ['/release-requests', 'fa-release-requests'],
    ['/meetings', 'fa-meetings'],
    ['/meetings/1', 'fa-meeting'],
    ['/statistics', 'fa-statistics'],
    ['/map', 'fa-map'],
    ['/submit', 'fa-submit'],
    ['/rfis', 'fa-rfis'],
    ['/groups', 'fa-groups'],
    ['/objects/attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298', 'fa-object'],
    ['/admin', 'fa-admin'],
    ['/audit', 'fa-audit'],
    ['/account', 'fa-account'],
  ]) {
    await atWidths(admin, path, name);
    assert.deepEqual(await dirOf(admin), ['fa', 'rtl'], path);
    outside.push(...(await wordsOutsideCatalogs(admin)).map((w) => `${path}: ${w}`));
    const said = { 'fa-feeds': /افزودن/, 'fa-governance': /ریاست/, 'fa-meetings': /فراخواندن نشست/ }[name];
    if (said) assert.match(await admin.textContent('main'), said, `${name} speaks Persian`);
  }
  assert.deepEqual(outside, [], 'words outside the catalogs on Arabic, Persian and Russian pages');
} catch (e) {
  await browser.close();
  throw e;
}

await finish('languages');
