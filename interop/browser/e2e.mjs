// End to end in headless Debian Chromium: analysts of two members exchange a report, the
// second finds it, sees it correlate with its own, answers an RFI with it and records an
// outcome; the secretariat convenes a meeting and publishes the statistics onto it; a third
// member's analyst sees none of it. Every page visited passes axe-core without a serious or
// critical violation, and the main pages are saved as screenshots.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { accessible, atWidths, base, browser, finish, newPage, shots, signIn, visit } from './lib.mjs';

const adminPassword = process.env.LIAISON_ADMIN_PASSWORD;
const IP = '203.0.113.77';

async function submitReport(page, { name, indicators, tlp, releaseTo = [], place, lat, lon, actor, since }) {
  await page.goto(`${base}/submit`);
  await page.fill('#name', name);
  if (actor) await page.fill('#actor', actor);
  await page.fill('#indicators', indicators);
  if (place) await page.fill('#place', place);
  if (lat !== undefined) {
    await page.fill('#latitude', String(lat));
    await page.fill('#longitude', String(lon));
  }
  if (since) await page.fill('#since', since);
  await page.selectOption('#tlp', tlp);
  for (const m of releaseTo) await page.check(`input[name=release_to][value=${m}]`);
  await page.click('form[action="/submit"] button[type=submit]');
  await page.waitForLoadState();
  if (!/\/objects\/report--/.test(page.url())) {
    throw new Error(`the report was not stored: ${await page.textContent('main')}`);
  }
  return page.url().split('/objects/')[1].split('?')[0];
}

try {
  // Sign-in page, and a wrong password shown next to the field.
  {
    const page = await newPage();
    await visit(page, '/sign-in', 'sign-in');
    await page.fill('#username', 'ann');
    await page.fill('#password', 'not the password');
    await page.click('button[type=submit]');
    assert.equal(await page.textContent('#sign-in-error'), 'wrong user name or password');
    await page.context().close();
  }

  const ann = await signIn('ann', 'a long alpha password');
  const bob = await signIn('bob', 'a long bravo password');
  const cat = await signIn('cat', 'a long charlie password');

  // Bravo holds something on the address already, released to no one.
  await submitReport(bob, { name: 'Courier seen at the port', indicators: IP, tlp: 'amber' });

  // A field error is shown next to its field, and what was typed is kept.
  await ann.goto(`${base}/submit`);
  await ann.fill('#name', 'Harbour cell');
  await ann.fill('#indicators', 'not a value');
  await ann.click('form[action="/submit"] button[type=submit]');
  assert.match(await ann.textContent('#indicators-error'), /not an IP address/);
  assert.equal(await ann.inputValue('#name'), 'Harbour cell');
  await accessible(ann, 'submit-error');

  // Alpha's report, AMBER, released to bravo.
  const report = await submitReport(ann, {
    name: 'Harbour cell logistics',
    actor: 'Harbour Cell',
    indicators: IP,
    tlp: 'amber',
    releaseTo: ['bravo'],
    place: 'Harbour warehouse',
    lat: 51.9,
    lon: 4.4,
  });
  assert.match(await ann.textContent('.banner'), /TLP:AMBER · released to Bravo Bureau/);
  await accessible(ann, 'object');
  await ann.screenshot({ path: `${shots}/object.png`, fullPage: true });
  await visit(ann, '/submit', 'submit');

  // A bundle file, imported with its upload progress shown in the page.
  const bundle = {
    type: 'bundle',
    id: 'bundle--7f2e3a1c-0000-4000-8000-000000000001',
    objects: [{
      type: 'indicator', spec_version: '2.1',
      id: 'indicator--7f2e3a1c-0000-4000-8000-000000000002',
      created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
      name: 'Imported beacon', pattern: "[domain-name:value = 'beacon.example']",
      pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z',
    }],
  };
  await ann.setInputFiles('#bundle', {
    name: 'bundle.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await ann.click('#import-form button[type=submit]');
  await ann.waitForURL(/\/submit\?imported=1/);
  assert.match(await ann.textContent('[role=status]'), /The object is imported\./);

  // A second report joins the group and the place alpha already holds (picked by name, in
  // another case), saying since when the group is there: no second group, no second place.
  const update = await submitReport(ann, {
    name: 'Harbour cell update',
    actor: 'harbour cell',
    indicators: '198.51.100.23',
    tlp: 'amber',
    releaseTo: ['bravo'],
    place: 'Harbour warehouse',
    since: '2026-03-01',
  });
  await ann.click('dl.props a:text("Harbour Cell")');
  await ann.waitForURL(/\/objects\/threat-actor--/);
  const group = await ann.textContent('main');
  assert.match(group, /Harbour Cell — located at — Harbour warehouse since 2026-03-01/);
  assert.match(group, /named in the report Harbour cell update/);
  await ann.screenshot({ path: `${shots}/object-group.png`, fullPage: true });
  assert.ok(update.startsWith('report--'));

  // Alpha asks bravo.
  await ann.goto(`${base}/rfis`);
  await ann.fill('#question', 'Who moves goods through the harbour warehouse?');
  await ann.fill('#deadline', '2000-01-01T00:00');
  await ann.check('input[name=to][value=bravo]');
  await ann.click('form[method=post][action="/rfis"] button[type=submit]');
  assert.match(await ann.textContent('#deadline-error'), /future/);
  assert.equal(await ann.inputValue('#question'), 'Who moves goods through the harbour warehouse?');
  await accessible(ann, 'rfis-error');
  await ann.fill('#deadline', '2099-01-01T00:00');
  await ann.click('form[method=post][action="/rfis"] button[type=submit]');
  await ann.waitForURL(/\/rfis\/\d+\?done=sent$/);
  const rfiPath = new URL(ann.url()).pathname;

  // Bravo finds the report, reaches the indicator, sees it correlate with its own.
  await visit(bob, '/search?q=harbour', 'search');
  await bob.click('text=Harbour cell logistics');
  await bob.waitForURL(new RegExp(report));
  // The report reads as intelligence: what it covers are named links, the STIX one click away.
  const body = await bob.textContent('details pre');
  const indicator = JSON.parse(body).object_refs.find((r) => r.startsWith('indicator--'));
  await bob.click('details summary');
  assert.ok(await bob.isVisible('details pre'));
  await bob.click(`dl.props a[href="/objects/${indicator}"]`);
  await bob.waitForURL(new RegExp(indicator));
  const correlations = await bob.textContent('section:has(h2:text("Correlations"))');
  assert.match(correlations, new RegExp(`ipv4:${IP.replaceAll('.', '\\.')}`));
  await accessible(bob, 'object-correlated');

  // It answers alpha's RFI with the indicator, and records an outcome.
  await bob.selectOption('#answer-rfi', { label: 'Who moves goods through the harbour warehouse?' });
  await bob.fill('#answer-text', 'Our courier case: same address.');
  await bob.click('form[action$="/answer"] button[type=submit]');
  await bob.waitForURL(/\/rfis\/\d+\?done=answered$/);
  assert.match(await bob.textContent('main'), /Our courier case: same address\./);
  await bob.goto(`${base}/objects/${indicator}`);
  await bob.selectOption('#outcome-kind', 'arrest');
  await bob.fill('#outcome-description', 'Courier arrested at the port');
  await bob.click('form[action$="/outcome"] button[type=submit]');
  await bob.waitForURL(/done=/);
  assert.match(await bob.textContent('main'), /Arrest on .*Courier arrested at the port/);
  assert.match(await bob.textContent('[role=status]'), /The outcome is recorded\./);
  // Bravo confirms it saw the indicator; alpha, its originator, sees the sighting.
  await bob.click('form[action$="/sighting"] button[type=submit]');
  await bob.waitForURL(/done=/);
  await ann.goto(`${base}/objects/${indicator}`);
  assert.match(await ann.textContent('main'), /Seen by one member\./);
  assert.match(await ann.textContent("main"), /Bravo Bureau saw it once/);
  await visit(bob, '/', 'home');
  await visit(ann, rfiPath, 'rfi');
  assert.match(await ann.textContent('main'), /Our courier case/);
  await visit(ann, '/rfis', 'rfis');
  await visit(ann, '/map', 'map');
  assert.equal(await ann.locator('svg.map circle').count(), 1);
  assert.match(await ann.textContent('svg.map'), /Harbour Cell/);
  await visit(ann, '/groups', 'groups');
  await ann.click('text=Harbour Cell');
  await accessible(ann, 'group');
  await ann.screenshot({ path: `${shots}/group.png`, fullPage: true });
  await visit(ann, '/governance', 'governance');

  // Charlie sees none of it: not in search, not by address, not the RFI, not on its map.
  await visit(cat, '/search?q=harbour', 'search-charlie', false);
  assert.match(await cat.textContent('main'), /0 matches/);
  for (const path of [`/objects/${report}`, `/objects/${indicator}`, rfiPath]) {
    const r = await cat.goto(base + path);
    assert.equal(r.status(), 404, path);
  }
  const missing = await cat.goto(`${base}/objects/report--00000000-0000-4000-8000-000000000000`);
  assert.equal(missing.status(), 404);
  await cat.goto(`${base}/`);
  assert.doesNotMatch(await cat.textContent('main'), /Harbour/);
  await cat.goto(`${base}/map`);
  assert.equal(await cat.locator('svg.map circle').count(), 0);

  // A TLP:RED report goes to one person by name, found by typing in the list of people.
  await ann.goto(`${base}/submit`);
  await ann.fill('#name', 'Night courier meeting');
  await ann.fill('#indicators', '198.51.100.199');
  await ann.selectOption('#tlp', 'red');
  await ann.fill('#recipient-filter', 'bob');
  assert.ok(await ann.isHidden('label[data-person]:has(input[value=cat])'), 'the filter hides the others');
  await ann.check('input[name=release_to_users][value=bob]');
  await accessible(ann, 'submit-red');
  await ann.click('form[action="/submit"] button[type=submit]');
  await ann.waitForURL(/\/objects\/report--/);
  assert.match(await ann.textContent('main'), /TLP:RED/);
  await bob.goto(`${base}/search?q=night+courier`);
  assert.match(await bob.textContent('main'), /Night courier meeting/);
  await cat.goto(`${base}/search?q=night+courier`);
  assert.match(await cat.textContent('main'), /0 matches/);

  // The secretariat convenes a meeting and publishes the statistics onto its agenda.
  const sec = await signIn('admin', adminPassword);
  await visit(sec, '/meetings', 'meetings');
  await sec.fill('#title', 'Winter plenary');
  await sec.fill('#starts', '2099-12-01T09:00');
  await sec.fill('#ends', '2099-12-01T17:00');
  await sec.fill('#venue', 'The Hague');
  await sec.click('form[method=post][action="/meetings"] button[type=submit]');
  await sec.waitForURL(/\/meetings\/\d+$/);
  const meetingPath = new URL(sec.url()).pathname;
  await visit(sec, '/statistics', 'statistics');
  await sec.fill('#report-title', 'Statistics since the founding');
  await sec.selectOption('#report-meeting', { label: 'Winter plenary' });
  // While the center is counted, the form says so and takes no second click. The first
  // submission is stopped here, in the page, to look at it before the real one.
  // The report goes to every member and stays: the box says so and is ticked.
  await sec.check('form[action="/statistics/publish"] input[name=confirm]');
  const publish = 'form[action="/statistics/publish"] button[type=submit]';
  await sec.evaluate(() => {
    const form = document.querySelector('form[action="/statistics/publish"]');
    form.addEventListener('submit', (e) => e.preventDefault(), { once: true });
  });
  let posts = 0;
  sec.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/statistics/publish')) posts += 1;
  });
  await sec.click(publish);
  assert.match(await sec.textContent('#publish-status'), /the whole center is being counted/);
  await sec.click(publish);
  await sec.waitForTimeout(500);
  assert.equal(posts, 0, 'a second click sends nothing');
  await sec.evaluate(() => {
    delete document.querySelector('form[action="/statistics/publish"]').dataset.sent;
  });
  await sec.click(publish);
  await sec.waitForURL(/\/statistics\/reports\/\d+$/);
  assert.equal(posts, 1, 'one report published');
  await accessible(sec, 'report');
  await sec.screenshot({ path: `${shots}/report.png`, fullPage: true });
  assert.ok(await sec.locator('svg').count() >= 3, 'the report has SVG charts');
  // The achievements list bravo's arrest; what led to it was not released to charlie, so the
  // report, read by every member, counts it without naming it, and names no group of it.
  const achievements = await sec.textContent('ul.achievements');
  assert.match(achievements, /Arrest on \d{4}-\d{2}-\d{2}, recorded by bravo/);
  assert.match(achievements, /Courier arrested at the port/);
  assert.match(achievements, /not released to every member/);
  assert.doesNotMatch(await sec.textContent('main'), /Harbour Cell/);
  await visit(sec, meetingPath, 'meeting');
  assert.match(await sec.textContent('main'), /Statistics since the founding/);
  // The agenda takes an item linked from a list, attendance by name, and a decision put to
  // the members' vote, which the governance page then holds.
  await sec.fill('#item', 'Figures for the plenary');
  await sec.selectOption('#link', 'statistics');
  await sec.click('form[action$="/agenda"] button[type=submit]');
  await sec.waitForURL(new RegExp(`${meetingPath}$`));
  await sec.selectOption('#att-member', 'bravo');
  await sec.fill('#delegates', 'Bea Brandt');
  await sec.click('form[action$="/attendance"] button[type=submit]');
  await sec.waitForURL(new RegExp(`${meetingPath}$`));
  await sec.fill('#decision', 'Open a joint operation on the harbour');
  await sec.check('input[name=by][value=vote]');
  await sec.click('form[action$="/decisions"] button[type=submit]');
  await sec.waitForURL(new RegExp(`${meetingPath}$`));
  const kept = await sec.textContent('main');
  assert.match(kept, /Figures for the plenary — The statistics since the founding/);
  assert.match(kept, /Bravo Bureau: present \(Bea Brandt\)/);
  assert.match(kept, /Open a joint operation on the harbour — open/);
  // An action item for bravo, due on the secretariat's clock; bravo's analyst finds it from
  // home and marks it done on a phone.
  await sec.fill('#action', 'Send the harbour list to every member');
  await sec.selectOption('#assignee', 'bravo');
  await sec.fill('#due', '2099-01-01T12:00');
  await sec.click('form[action$="/actions"] button[type=submit]');
  await sec.waitForURL(new RegExp(`${meetingPath}$`));
  assert.match(await sec.textContent('main'), /Send the harbour list to every member — Bravo Bureau — due 2099-01-01 12:00/);
  await accessible(sec, 'meeting-kept');
  await sec.screenshot({ path: `${shots}/meeting-kept.png`, fullPage: true });
  await bob.goto(`${base}/`);
  await bob.click('a[href="/actions?member=bravo&status=open"]');
  await bob.setViewportSize({ width: 390, height: 844 });
  await visit(bob, '/actions?member=bravo&status=open', 'actions-390');
  await bob.locator('tr', { hasText: 'Send the harbour list' }).locator('button[value=done]').click();
  await bob.waitForURL(/\/actions\?done=action-done/);
  assert.match(await bob.textContent('[role=status]'), /marked done/);
  await bob.setViewportSize({ width: 1366, height: 900 });
  await visit(bob, '/actions?status=done', 'actions-done-1366');
  assert.match(await bob.textContent('tbody'), /Send the harbour list to every member/);
  // An organisation applies to join: the secretariat records it, and the vote opens.
  await sec.goto(`${base}/governance`);
  await sec.click('a[href="/applications#record"]');
  await sec.waitForURL(/\/applications#record$/);
  await sec.fill('#app-name', 'delta');
  await sec.fill('#app-display', 'Delta Directorate');
  await sec.fill('#app-description', 'A border police directorate');
  await sec.fill('#app-contact', 'liaison@delta.example');
  await sec.click('form[action="/applications"] button[type=submit]');
  await sec.waitForURL(/\/governance\?done=applied/);
  assert.match(await sec.textContent('[role=status]'), /vote on it is open/);
  assert.match(await sec.textContent('#applications + ul'), /Delta Directorate|delta/);
  await accessible(sec, 'governance-applied');
  await atWidths(sec, '/applications?status=open', 'applications');
  assert.match(await sec.textContent('tbody'), /A border police directorate/);
  // The administrator runs the members in the pages: adds one, suspends it with a reason.
  await sec.goto(`${base}/members`);
  await sec.fill('#member-name', 'echo');
  await sec.fill('#member-display', 'Echo Service');
  await sec.click('form#add button[type=submit]');
  await sec.waitForURL(/\/members\?done=member-added/);
  assert.match(await sec.textContent('[role=status]'), /The member is added/);
  await sec.selectOption('#to-echo', 'suspended');
  await sec.fill('#reason-echo', 'Asked for a pause');
  await sec.click('form[action="/members/echo/status"] button');
  await sec.waitForURL(/\/members\?done=member-status/);
  assert.match(await sec.textContent('#member-echo'), /suspended/);
  await accessible(sec, 'members-admin');
  await sec.screenshot({ path: `${shots}/members-admin.png`, fullPage: true });
  await visit(sec, '/admin', 'admin');
  // The export streams a bundle; the page counts what arrived, then saves it.
  const [download] = await Promise.all([sec.waitForEvent('download'), sec.click('#export-link')]);
  assert.match(await sec.textContent('#export-status'), /Exported [0-9.]+ MB\./);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.type, 'bundle');
  assert.ok(exported.objects.some((o) => o.type === 'identity'), 'the secretariat sees the identities');
  assert.ok(!exported.objects.some((o) => o.name === 'Harbour cell logistics'), 'not what alpha kept to bravo');
  await visit(sec, '/audit', 'audit');

  // Intelligence a third party wrote, shared by bravo: the page names both, at phone and
  // laptop widths.
  const pattern = '/objects/attack-pattern--0042a9f5-f053-4769-b3ef-9ad018dfa298';
  for (const [width, height] of [[390, 844], [1366, 900]]) {
    await bob.setViewportSize({ width, height });
    await visit(bob, pattern, `object-authored-${width}`);
    assert.match(await bob.textContent('main'), /authored by The MITRE Corporation · shared by Bravo Bureau/);
    const wide = await bob.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width + 1, `the object page fits ${width} px (${wide})`);
  }
  // The feeds page: the last pull's error, and "pull now", for administrators only.
  for (let i = 0; i < 50; i += 1) {
    await sec.goto(`${base}/feeds`);
    if (/Last error/.test(await sec.textContent('main'))) break;
    await sec.waitForTimeout(200);
  }
  for (const [width, height] of [[390, 844], [1366, 900]]) {
    await sec.setViewportSize({ width, height });
    await visit(sec, '/feeds', `feeds-${width}`);
    const text = await sec.textContent('main');
    assert.match(text, /vendor/);
    assert.match(text, /Last error/);
    assert.doesNotMatch(text, /not the password/);
    const wide = await sec.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= width + 1, `the feeds page fits ${width} px (${wide})`);
  }
  await sec.click('form[action="/feeds/vendor/pull"] button');
  await sec.waitForURL(`${base}/feeds`);
  const denied = await cat.goto(`${base}/feeds`);
  assert.equal(denied.status(), 403, 'the feeds page is for administrators');

  // Charlie's view of the statistics counts none of alpha's AMBER intelligence by member.
  await cat.goto(`${base}/statistics`);
  const stats = await (await fetch(`${base}/api/v1/statistics`, {
    headers: { authorization: `Basic ${Buffer.from('cat:a long charlie password').toString('base64')}` },
  })).json();
  const alpha = stats.by_member.find((m) => m.member === 'alpha').figures;
  assert.equal(alpha.contributed_by_tlp['TLP:AMBER'], undefined, JSON.stringify(alpha));
  assert.ok(stats.totals.contributed_by_tlp['TLP:AMBER'] >= 2, 'totals count everything');
  const alphaTable = await cat.textContent('table:has(caption:has-text("Alpha Agency (alpha)"))');
  assert.match(alphaTable, new RegExp(`Intelligence contributed\\s*${alpha.contributed}Intelligence`));
  await accessible(cat, 'statistics-charlie');

  // Charlie holds the address too, asks who else does, and asks bravo for its intelligence;
  // bravo's liaison officer decides from the list of release requests, and charlie's list
  // says so. The members page lists every member with its status.
  await submitReport(cat, { name: 'Port courier, charlie', indicators: IP, tlp: 'amber' });
  await cat.click(`dl.props a[href^="/objects/indicator--"]`);
  await cat.waitForURL(/\/objects\/indicator--/);
  await cat.fill('#hit-value', IP);
  await cat.click('form[action="/hits"] button[type=submit]');
  const ask = cat.locator('form[action="/release-requests"]:has(input[name=originator][value=bravo])');
  await ask.locator('input[name=reason]').fill('Same courier in our case');
  await ask.locator('button[type=submit]').click();
  await cat.waitForURL(/done=release-requested/);
  await cat.click('a[href="/release-requests?kind=ours"]');
  await cat.waitForURL(/\/release-requests\?kind=ours/);
  assert.match(await cat.textContent('main'), /sent by us/);
  assert.match(await cat.textContent('main'), /waiting for a decision/);
  await accessible(cat, 'release-requests-ours');
  await bob.setViewportSize({ width: 390, height: 844 });
  await visit(bob, '/release-requests', 'release-requests-390');
  const row = bob.locator('tr', { hasText: 'Same courier in our case' });
  await row.locator('button[value=approve]').click();
  await bob.waitForURL(/\/release-requests\?done=release-approved/);
  assert.match(await bob.textContent('[role=status]'), /The release is approved/);
  await bob.setViewportSize({ width: 1366, height: 900 });
  await visit(bob, '/release-requests?status=approved', 'release-requests-approved-1366');
  await cat.goto(`${base}/release-requests?kind=ours`);
  assert.match(await cat.textContent('main'), /approved/);
  await atWidths(cat, '/members', 'members');
  assert.match(await cat.textContent('main'), /Delta Directorate/);
  await cat.goto(`${base}/members?status=applicant`);
  assert.doesNotMatch(await cat.textContent('tbody'), /Alpha Agency/);
  const missingPage = await cat.goto(`${base}/rfis/99999`);
  assert.equal(missingPage.status(), 404);
  assert.match(await cat.textContent('main'), /Search for it/);
  await accessible(cat, 'error-404');

  // Alpha's liaison officer releases a report of its own to bravo from the report's page, on
  // a phone: no request, no STIX; bravo is told and follows the notice to the report.
  const fuel = await submitReport(ann, {
    name: 'Harbour fuel receipts', indicators: '192.0.2.201', tlp: 'amber',
  });
  await ann.setViewportSize({ width: 390, height: 844 });
  await visit(ann, `/objects/${fuel}`, 'object-release-390');
  const release = ann.locator(`form[action="/objects/${fuel}/release"]`);
  await release.locator('select[name=member]').selectOption('bravo');
  await release.locator('input[name=note]').fill('For the port case');
  await release.locator('button[type=submit]').click();
  await ann.waitForURL(/done=released/);
  assert.match(await ann.textContent('[role=status]'), /released to the member you chose/);
  assert.match(await ann.textContent('.banner'), /released to Bravo Bureau/);
  await accessible(ann, 'object-released');
  await ann.screenshot({ path: `${shots}/object-released-390.png`, fullPage: true });
  await ann.setViewportSize({ width: 1366, height: 900 });
  await visit(bob, '/notifications', 'notifications-release');
  await bob.click('a:has-text("Alpha Agency released intelligence to your member")');
  await bob.waitForURL(new RegExp(`/objects/${fuel}`));
  assert.match(await bob.textContent('h1'), /Harbour fuel receipts/);
  // The report's indicator, alpha's own, went with it: bravo reads it by name.
  await bob.click('dl.props a:has-text("192.0.2.201")');
  await bob.waitForURL(/\/objects\/indicator--/);
  assert.equal((await cat.goto(`${base}/objects/${fuel}`)).status(), 404);
} catch (e) {
  await browser.close();
  throw e;
}

await finish('browser');
