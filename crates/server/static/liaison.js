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
        status.textContent = `Sent ${Math.round((100 * e.loaded) / e.total)}%`;
      }
    });
    xhr.upload.addEventListener('load', () => {
      status.textContent = 'Sent; the center is checking and storing the objects';
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
