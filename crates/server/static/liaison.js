// Progress of a bundle upload on the submit page. Without JavaScript the form still works; this
// only shows how much of the file has been sent, then follows the server's answer.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('import-form');
  const bar = document.getElementById('import-progress');
  const status = document.getElementById('import-status');
  if (!form || !bar || !status) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    bar.hidden = false;
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        bar.value = e.loaded / e.total;
        status.textContent = form.dataset.sent.replace('{percent}', Math.round((100 * e.loaded) / e.total));
      }
    });
    xhr.upload.addEventListener('load', () => {
      status.textContent = form.dataset.checking;
    });
    xhr.addEventListener('load', () => {
      if (xhr.status < 400) {
        window.location.assign(xhr.responseURL);
      } else {
        document.open();
        document.write(xhr.responseText);
        document.close();
      }
    });
    xhr.send(new FormData(form));
  });
});

// Progress of an export on the administration page: the bundle is streamed; this counts what
// has arrived, then saves it, in the words the page gives it (data-*, from the reader's catalog).
// Without JavaScript the link downloads it directly.
document.addEventListener('DOMContentLoaded', () => {
  const link = document.getElementById('export-link');
  const bar = document.getElementById('export-progress');
  const status = document.getElementById('export-status');
  if (!link || !bar || !status) return;
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    bar.hidden = false;
    const response = await fetch(link.href);
    if (!response.ok || !response.body) {
      status.textContent = link.dataset.failed.replace('{status}', response.status);
      return;
    }
    const reader = response.body.getReader();
    const parts = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      received += value.length;
      status.textContent = link.dataset.received.replace('{size}', (received / 1048576).toFixed(1));
    }
    const text = new TextDecoder().decode(await new Blob(parts).arrayBuffer());
    if (!text.endsWith(']}')) {
      status.textContent = link.dataset.interrupted;
      return;
    }
    const url = URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'liaison-export.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    bar.hidden = true;
    status.textContent = link.dataset.done.replace('{size}', (received / 1048576).toFixed(1));
  });
});

// Forms whose answer takes a while (publishing the statistics counts the whole center) say so
// while the server works, and take no second click meanwhile. Without JavaScript they still work.
document.addEventListener('DOMContentLoaded', () => {
  for (const form of document.querySelectorAll('form[data-busy]')) {
    form.addEventListener('submit', (event) => {
      if (form.dataset.sent) {
        event.preventDefault();
        return;
      }
      form.dataset.sent = 'yes';
      const status = form.querySelector('[data-busy-status]');
      if (status) status.textContent = form.dataset.busy;
    });
  }
});

// The named recipients of a TLP:RED report, filtered as the user types a name. Without
// JavaScript every person is listed.
document.addEventListener('DOMContentLoaded', () => {
  const filter = document.getElementById('recipient-filter');
  const list = document.getElementById('recipients');
  if (!filter || !list) return;
  filter.addEventListener('input', () => {
    const wanted = filter.value.trim().toLocaleLowerCase();
    for (const person of list.querySelectorAll('[data-person]')) {
      person.hidden = wanted !== '' && !person.textContent.toLocaleLowerCase().includes(wanted);
    }
  });
});
