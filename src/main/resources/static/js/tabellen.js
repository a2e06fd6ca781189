// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
// Every table of the page content sits in a box that scrolls sideways when the table is wider than the
// page (css .od-tabel-schuif). When it really scrolls, the box becomes a named region in the tab order,
// so a keyboard user can reach it and scroll with the arrow keys (WCAG 2.1.1, axe scrollable-region-focusable);
// when it does not, it stays out of the tab order. Module templates need no change for this.
(function () {
  var BOXEN = '.od-tabel-schuif';

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

  // A cell of one word ("2023-H2", "4-12-2026", "GM0344") never wraps: a browser may break after a hyphen,
  // which cut half-years and dates in two on a narrow screen; the table scrolls in its box instead.
  function heleWoorden(tabel) {
    tabel.querySelectorAll('th, td').forEach(function (cel) {
      var tekst = cel.textContent.trim();
      if (tekst && !/\s/.test(tekst) && tekst.length <= 40) { cel.classList.add('od-heel'); return; }
      // In a cell of several words, a date or code with a hyphen ("utrecht, 4-12-2026 22:44") stays whole too.
      var loper = document.createTreeWalker(cel, NodeFilter.SHOW_TEXT);
      var knopen = [];
      while (loper.nextNode()) { knopen.push(loper.currentNode); }
      knopen.forEach(function (knoop) {
        var delen = knoop.textContent.split(/(\S*\d\S*[-\u2010\/]\S*|\S*[-\u2010\/]\S*\d\S*)/);
        if (delen.length < 2) { return; }
        var stuk = document.createDocumentFragment();
        delen.forEach(function (deel, i) {
          if (!deel) { return; }
          if (i % 2 === 1) {
            var span = document.createElement('span');
            span.className = 'od-heel';
            span.textContent = deel;
            stuk.appendChild(span);
          } else {
            stuk.appendChild(document.createTextNode(deel));
          }
        });
        knoop.parentNode.replaceChild(stuk, knoop);
      });
    });
  }

  function omhul(wortel) {
    (wortel.querySelectorAll ? wortel : document).querySelectorAll('main table').forEach(function (tabel) {
      heleWoorden(tabel);
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
