// The SPARQL editor at /editor: YASGUI (vendor/yasgui.min.js, loaded before this file) over this
// site's endpoint. Completion reads the ontology's lists from /editor/terms.json instead of the
// remote services YASGUI would ask (prefix.cc, lov.linkeddata.es): the site calls no other site and
// its Content-Security-Policy (connect-src 'self') would refuse them anyway. Adds a bar chart view
// drawn as SVG here, opens the example queries in tabs, and hides the plain form once YASGUI runs.
(function () {
  'use strict';
  const root = document.getElementById('yasgui');
  if (!root || typeof window.Yasgui === 'undefined') return;
  const Yasgui = window.Yasgui;
  const SVG = 'http://www.w3.org/2000/svg';
  const NUMERIC = /#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger|unsignedInt|unsignedLong)$/;
  const MAX_BARS = 60;

  /** A Yasr view: the first numeric column as horizontal bars, labelled by the non-numeric columns. */
  class BarChart {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = 'Chart';
    }

    columns() {
      const results = this.yasr.results;
      if (!results || results.getBoolean() !== undefined) return null;
      const vars = results.getVariables() || [];
      const rows = results.getBindings() || [];
      if (!rows.length) return null;
      const isNumber = (b) => b && b.type !== 'uri' && b.type !== 'bnode' && (NUMERIC.test(b.datatype || '') || (!b.datatype && b.value !== '' && isFinite(Number(b.value))));
      const numeric = vars.filter((v) => rows.every((r) => r[v] === undefined || isNumber(r[v])) && rows.some((r) => r[v]));
      if (!numeric.length) return null;
      // An IRI column with its label beside it (?country ?countryLabel) is named by the label.
      const labels = vars.filter((v) => !numeric.includes(v) && !vars.includes(`${v}Label`));
      return labels.length ? { value: numeric[0], labels, rows } : null;
    }

    canHandleResults() {
      return this.columns() !== null;
    }

    getIcon() {
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('viewBox', '0 0 16 16');
      svg.setAttribute('aria-hidden', 'true');
      [[1, 9, 3, 6], [6, 4, 3, 11], [11, 7, 3, 8]].forEach(([x, y, w, h]) => {
        const r = document.createElementNS(SVG, 'rect');
        r.setAttribute('x', x); r.setAttribute('y', y); r.setAttribute('width', w); r.setAttribute('height', h);
        svg.appendChild(r);
      });
      return svg;
    }

    draw() {
      const found = this.columns();
      const out = this.yasr.resultsEl;
      if (!found) return;
      const rows = found.rows.filter((r) => r[found.value]).slice(0, MAX_BARS);
      const shortName = (b) => (b.type === 'uri' ? decodeURIComponent(b.value.replace(/.*[/#]/, '')) : b.value);
      const label = (r) => found.labels.filter((v) => r[v]).map((v) => shortName(r[v])).join(' · ');
      const max = Math.max(...rows.map((r) => Number(r[found.value].value)), 0) || 1;
      const rowHeight = 22, labelWidth = 300, barWidth = 560, width = labelWidth + barWidth + 70;
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('class', 'editor-chart');
      svg.setAttribute('viewBox', `0 0 ${width} ${rows.length * rowHeight + 4}`);
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', `${found.value} by ${found.labels.join(', ')}`);
      rows.forEach((r, i) => {
        const n = Number(r[found.value].value);
        const y = i * rowHeight + 2;
        const g = document.createElementNS(SVG, 'g');
        const title = document.createElementNS(SVG, 'title');
        title.textContent = `${label(r)}: ${r[found.value].value}`;
        g.appendChild(title);
        const text = document.createElementNS(SVG, 'text');
        text.setAttribute('x', labelWidth - 8); text.setAttribute('y', y + 15);
        text.setAttribute('class', 'label');
        const name = label(r);
        text.textContent = name.length > 42 ? name.slice(0, 41) + '…' : name;
        const bar = document.createElementNS(SVG, 'rect');
        bar.setAttribute('x', labelWidth); bar.setAttribute('y', y + 3);
        bar.setAttribute('width', Math.max(1, (Math.max(n, 0) / max) * barWidth)); bar.setAttribute('height', rowHeight - 6);
        bar.setAttribute('class', 'bar');
        const figure = document.createElementNS(SVG, 'text');
        figure.setAttribute('x', labelWidth + Math.max(1, (Math.max(n, 0) / max) * barWidth) + 6); figure.setAttribute('y', y + 15);
        figure.setAttribute('class', 'value');
        figure.textContent = r[found.value].value;
        g.append(text, bar, figure);
        svg.appendChild(g);
      });
      const note = document.createElement('p');
      note.className = 'editor-chart-note';
      note.textContent = `${found.value} by ${found.labels.join(' · ')}` + (found.rows.length > rows.length ? ` (first ${rows.length} of ${found.rows.length} rows)` : '');
      out.append(note, svg);
    }
  }

  function configure(terms) {
    const Yasqe = Yasgui.Yasqe;
    const prefixes = Object.keys(terms.prefixes || {}).sort().map((p) => `${p}: <${terms.prefixes[p]}>`);
    // Forks keep YASQE's rules for where a prefix, class or property may stand; only the lists differ.
    Yasqe.forkAutocompleter('prefixes', { name: 'vocabularyPrefixes', get: prefixes, bulk: true }, false);
    Yasqe.forkAutocompleter('class', { name: 'ontologyClasses', get: terms.classes || [], bulk: true, autoShow: true }, false);
    Yasqe.forkAutocompleter('property', { name: 'ontologyProperties', get: terms.properties || [], bulk: true, autoShow: true }, false);
    const completers = ['variables', 'vocabularyPrefixes', 'ontologyProperties', 'ontologyClasses'];
    Yasqe.defaults.autocompleters = completers;
    Yasgui.defaults.yasqe.autocompleters = completers;
    Yasgui.Yasr.registerPlugin('chart', BarChart);
    Yasgui.Yasr.defaults.pluginOrder = ['table', 'chart', 'response'];
    Yasgui.defaults.yasr.pluginOrder = Yasgui.Yasr.defaults.pluginOrder;
  }

  function start(terms) {
    configure(terms);
    const endpoint = new URL(root.dataset.endpoint, window.location.href).href;
    const yasgui = new Yasgui(root, {
      requestConfig: { endpoint, method: 'POST' },
      copyEndpointOnNewTab: true,
      // The endpoint box offers this site's endpoint only (YASGUI's default list names others).
      endpointCatalogueOptions: { getData: () => [{ endpoint }] },
      yasqe: { value: root.dataset.example },
      // The table abbreviates IRIs with the vocabulary's prefixes as well as the query's own.
      yasr: { prefixes: terms.prefixes || {} },
      persistenceId: 'radkg-editor',
    });
    const open = (title, text) => yasgui.addTab(true, { name: title, yasqe: { value: text } }, { avoidDuplicateTabs: true });
    if (root.dataset.openName) {
      open(root.dataset.openTitle || root.dataset.openName, document.getElementById('editor-query').value);
    }
    document.querySelectorAll('#editor-examples a[data-query]').forEach((a) => {
      a.addEventListener('click', (event) => {
        event.preventDefault();
        fetch(a.dataset.query)
          .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText))))
          .then((text) => open(a.dataset.title, text))
          .catch(() => { window.location.href = a.href; });
      });
    });
    document.getElementById('editor-plain').hidden = true;
    root.classList.add('ready');
    window.radkgEditor = yasgui;
  }

  const empty = { prefixes: {}, classes: [], properties: [] };
  fetch(root.dataset.terms)
    .then((r) => (r.ok ? r.json() : empty))
    .catch(() => empty)
    .then(start);
})();
