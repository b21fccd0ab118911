/* The network explorer: draws /network.json?<filters> with Cytoscape.js into #network-graph.
   Node size = degree, colour = community, edge width = weight; hover or keyboard selection fills
   #network-details; click or Enter opens the organization's page; #network-status reports the counts. */
(function () {
  'use strict';
  var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];

  function text(parent, tag, value) {
    var el = document.createElement(tag);
    el.textContent = value;
    parent.appendChild(el);
    return el;
  }

  function plural(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }

  /** What a node shows: its acronym, else its name cut to three words. */
  function shortName(d) {
    if (d.acronym) { return d.acronym; }
    var words = String(d.label || '').split(/\s+/);
    return words.length > 3 ? words.slice(0, 3).join(' ') + '…' : words.join(' ');
  }

  /**
   * The legend: each community's colour with its largest members (by partners) and its size, biggest
   * first; the key to sizes and shapes is written by the page.
   */
  function legend(cy) {
    var box = document.getElementById('network-legend-communities');
    if (!box) { return; }
    box.textContent = '';
    var groups = {};
    cy.nodes().forEach(function (n) {
      var c = n.data('community') || 0;
      (groups[c] = groups[c] || []).push(n);
    });
    Object.keys(groups)
      .map(function (c) { return { id: Number(c), nodes: groups[c] }; })
      .sort(function (a, b) { return b.nodes.length - a.nodes.length || a.id - b.id; })
      .forEach(function (g) {
        var li = document.createElement('li');
        var swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.backgroundColor = PALETTE[g.id % PALETTE.length];
        li.appendChild(swatch);
        var top = g.nodes.slice().sort(function (a, b) { return (b.data('degree') || 0) - (a.data('degree') || 0); })
          .slice(0, 3).map(function (n) { return shortName(n.data()); });
        li.appendChild(document.createTextNode('Community ' + (g.id + 1) + ': ' + top.join(', ')
          + (g.nodes.length > 3 ? ' and ' + plural(g.nodes.length - 3, 'other') : '')));
        li.setAttribute('data-community', String(g.id + 1));
        box.appendChild(li);
      });
  }

  function showNode(panel, cy, node) {
    panel.textContent = '';
    if (!node) {
      text(panel, 'p', 'Point at or select an organization to see its figures.');
      return;
    }
    var d = node.data();
    text(panel, 'h2', d.label);
    var dl = document.createElement('dl');
    [['Type', d.type], ['Acronym', d.acronym], ['Country', d.country], ['Partners (degree)', d.degree],
      ['Total link weight', d.weightedDegree], ['Betweenness', typeof d.betweenness === 'number' ? d.betweenness.toFixed(3) : ''],
      ['Community', typeof d.community === 'number' ? d.community + 1 : ''],
      ['Years', d.firstYear ? d.firstYear + (d.lastYear && d.lastYear !== d.firstYear ? '–' + d.lastYear : '') : '']]
      .forEach(function (row) {
        if (row[1] === undefined || row[1] === null || row[1] === '') { return; }
        text(dl, 'dt', row[0]);
        text(dl, 'dd', String(row[1]));
      });
    panel.appendChild(dl);
    var edges = node.connectedEdges().sort(function (a, b) { return b.data('weight') - a.data('weight'); });
    if (edges.length) {
      text(panel, 'h3', 'Links');
      var ul = document.createElement('ul');
      edges.forEach(function (e) {
        var other = e.source().id() === node.id() ? e.target() : e.source();
        var li = text(ul, 'li', other.data('label') + ' — weight ' + e.data('weight'));
        if (e.data('initiatives')) { li.title = e.data('initiatives'); }
      });
      panel.appendChild(ul);
    }
    if (d.href) {
      var p = document.createElement('p');
      var a = text(p, 'a', 'Open the page of ' + d.label);
      a.href = d.href;
      panel.appendChild(p);
    }
  }

  function draw(container, status, panel, json) {
    var elements = json.elements || { nodes: [], edges: [] };
    var maxDegree = 1, maxWeight = 1;
    elements.nodes.forEach(function (n) { maxDegree = Math.max(maxDegree, n.data.degree || 0); });
    elements.edges.forEach(function (e) { maxWeight = Math.max(maxWeight, e.data.weight || 0); });
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      style: [
        { selector: 'node', style: {
          // The acronym or a short name on the node (the full name on hover, in the panel and the
          // table); labels too small to read at the current zoom are hidden, so the dense centre of
          // a big network shows its shapes and colours instead of overlapping names.
          'label': function (n) { return shortName(n.data()); }, 'font-size': 10, 'min-zoomed-font-size': 7,
          'text-wrap': 'ellipsis', 'text-max-width': 90,
          'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1,
          'width': function (n) { return 12 + 30 * (n.data('degree') || 0) / maxDegree; },
          'height': function (n) { return 12 + 30 * (n.data('degree') || 0) / maxDegree; },
          'background-color': function (n) { return PALETTE[(n.data('community') || 0) % PALETTE.length]; },
          'border-width': 1, 'border-color': '#fff' } },
        { selector: 'node[type = "society"]', style: { 'shape': 'round-rectangle' } },
        { selector: 'edge', style: {
          'width': function (e) { return 1 + 5 * (e.data('weight') || 1) / maxWeight; },
          'line-color': '#9aa5b1', 'opacity': 0.8, 'curve-style': 'haystack' } },
        { selector: 'node:selected, node.hover', style: { 'border-width': 4, 'border-color': '#111', 'z-index': 10 } },
        { selector: 'edge.hover', style: { 'line-color': '#111', 'opacity': 1 } }
      ],
      layout: { name: elements.nodes.length > 400 ? 'concentric' : 'cose', animate: false, randomize: false,
        nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 60; } }
    });
    cy.on('mouseover', 'node', function (ev) {
      ev.target.addClass('hover');
      ev.target.connectedEdges().addClass('hover');
      showNode(panel, cy, ev.target);
    });
    cy.on('mouseout', 'node', function (ev) {
      ev.target.removeClass('hover');
      ev.target.connectedEdges().removeClass('hover');
    });
    window.radkgGraph.clickThrough(cy);
    window.radkgGraph.keyboard(cy, container, function (node) { showNode(panel, cy, node); });
    document.querySelectorAll('.graph-tools button').forEach(function (b) {
      b.addEventListener('click', function () {
        var action = b.getAttribute('data-action');
        if (action === 'zoom-in') { window.radkgGraph.zoom(cy, 1.25); }
        else if (action === 'zoom-out') { window.radkgGraph.zoom(cy, 0.8); }
        else { cy.fit(undefined, 20); }
      });
    });
    status.textContent = plural(elements.nodes.length, 'organization') + ', ' + plural(elements.edges.length, 'link');
    status.setAttribute('data-loaded', 'true');
    legend(cy);
    // The container's size can settle after the layout ran (fonts, a phone's narrow column): fit again.
    cy.resize();
    cy.fit(undefined, 20);
    window.addEventListener('resize', function () { cy.resize(); });
    window.radkgNetwork = cy; // for browser tests and the console
  }

  function start() {
    var container = document.getElementById('network-graph');
    var status = document.getElementById('network-status');
    var panel = document.getElementById('network-details');
    if (!container || !window.cytoscape) { return; }
    status.textContent = 'Loading the drawing…';
    fetch(container.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('the server answered ' + r.status); }
        return r.json();
      })
      .then(function (json) { draw(container, status, panel, json); })
      .catch(function (e) { status.textContent = 'The drawing could not be loaded: ' + e.message + '. The table below lists the organizations.'; });
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
