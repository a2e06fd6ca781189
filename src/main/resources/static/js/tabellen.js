// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
// Every table of the page content sits in a box that scrolls sideways when the table is wider than the
// page (css .od-tabel-schuif). When it really scrolls, the box becomes a named region in the tab order,
// so a keyboard user can reach it and scroll with the arrow keys (WCAG 2.1.1, axe scrollable-region-focusable);
// when it does not, it stays out of the tab order. Module templates need no change for this.
(function () {
  var BOXEN = '.od-tabel-schuif, .od-tabel-scroll';

  function naamVan(tabel) {
    var bijschrift = tabel.querySelector('caption');
    if (bijschrift && bijschrift.textContent.trim()) { return bijschrift.textContent.trim(); }
    if (tabel.getAttribute('aria-label')) { return tabel.getAttribute('aria-label'); }
    // The nearest heading before the table names it.
    var koppen = document.querySelectorAll('main h1, main h2, main h3, main h4');
    var naam = null;
    koppen.forEach(function (kop) {
      if (kop.compareDocumentPosition(tabel) & Node.DOCUMENT_POSITION_FOLLOWING) { naam = kop.textContent.trim(); }
    });
    return naam || document.documentElement.getAttribute('data-tabel') || 'Tabel';
  }

  function omhul(wortel) {
    (wortel.querySelectorAll ? wortel : document).querySelectorAll('main table').forEach(function (tabel) {
      var ouder = tabel.parentElement;
      if (ouder && ouder.matches(BOXEN)) { return; }
      var box = document.createElement('div');
      box.className = 'od-tabel-schuif';
      ouder.insertBefore(box, tabel);
      box.appendChild(tabel);
    });
    werkBij();
  }

  function werkBij() {
    document.querySelectorAll(BOXEN).forEach(function (box) {
      var schuift = box.scrollWidth > box.clientWidth + 1;
      if (schuift) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        if (!box.hasAttribute('data-eigen-label')) {
          var tabel = box.querySelector('table');
          box.setAttribute('aria-label', tabel ? naamVan(tabel) : 'Tabel');
        }
      } else if (!box.hasAttribute('data-eigen-label')) {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    });
  }

  var wacht = null;
  window.addEventListener('resize', function () {
    clearTimeout(wacht);
    wacht = setTimeout(werkBij, 100);
  });
  document.addEventListener('DOMContentLoaded', function () { omhul(document); });
  document.addEventListener('htmx:load', function (e) { omhul(e.target); });
})();
