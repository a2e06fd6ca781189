// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
// After a failed submit the page comes back with an error summary (fragments/formulier.html): move the
// focus there, so a screen reader reads it and a keyboard user starts from it (WCAG 3.3.1). Each link in
// the summary names its field ("Geboortedatum: vul een datum in"), taken from the field's own label,
// and moves the focus into the field, not just the scroll position.
(function () {
  function labelVan(veld) {
    if (veld.labels && veld.labels.length) { return veld.labels[0].textContent.trim(); }
    var groep = veld.closest('fieldset');
    if (groep && groep.querySelector('legend')) { return groep.querySelector('legend').textContent.trim(); }
    return veld.getAttribute('aria-label');
  }

  function kleineLetter(tekst) {
    // "Vul een datum in" -> "vul een datum in", but "BSN ..." stays.
    if (tekst.length > 1 && tekst[1] === tekst[1].toUpperCase() && tekst[1] !== tekst[1].toLowerCase()) { return tekst; }
    return tekst.charAt(0).toLowerCase() + tekst.slice(1);
  }

  function benoem(overzicht) {
    overzicht.querySelectorAll('a[href^="#"]').forEach(function (link) {
      if (link.dataset.benoemd) { return; }
      link.dataset.benoemd = 'ja';
      var veld = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!veld) { return; }
      var label = labelVan(veld);
      var tekst = link.textContent.trim();
      // Only when the message does not name the field already ("Lid 2 (Olena), geboortedatum: ...").
      if (label && tekst.toLowerCase().indexOf(label.toLowerCase()) < 0) {
        link.textContent = label + ': ' + kleineLetter(tekst);
      }
      link.addEventListener('click', function (e) {
        e.preventDefault();
        veld.focus();
        veld.scrollIntoView({block: 'center'});
      });
    });
  }

  function start(wortel) {
    var overzicht = (wortel.querySelector ? wortel : document).querySelector('#foutoverzicht')
        || (wortel.id === 'foutoverzicht' ? wortel : null);
    if (!overzicht) { return; }
    benoem(overzicht);
    overzicht.focus();
  }

  document.addEventListener('DOMContentLoaded', function () { start(document); });
  document.addEventListener('htmx:load', function (e) { if (e.target !== document.body) { start(e.target); } });
})();
