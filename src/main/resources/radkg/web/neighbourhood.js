/* An entity page's neighbourhood: draws the Cytoscape elements of #neighbourhood-data into
   #neighbourhood (the entity in the middle, its relations as labelled edges); click or Enter on a
   neighbour opens its page. The relation tables on the page carry the same facts without scripts. */
(function () {
  'use strict';
  var COLOURS = { organization: '#1f77b4', initiative: '#2ca02c', event: '#ff7f0e', place: '#8c564b',
    person: '#9467bd', topic: '#17becf', article: '#7f7f7f' };

  function start() {
    var container = document.getElementById('neighbourhood');
    var block = document.getElementById('neighbourhood-data');
    if (!container || !block || !window.cytoscape) { return; }
    var elements = JSON.parse(block.textContent);
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis',
          'text-max-width': 140, 'width': 18, 'height': 18,
          'background-color': function (n) { return COLOURS[n.data('kind')] || '#555'; } } },
        { selector: 'node[?centre]', style: { 'width': 30, 'height': 30, 'font-weight': 'bold',
          'border-width': 3, 'border-color': '#111' } },
        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 11, 'color': '#222',
          'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
          'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1.5, 'line-color': '#9aa5b1',
          'target-arrow-color': '#9aa5b1' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62728' } }
      ],
      layout: { name: 'concentric', concentric: function (n) { return n.data('centre') ? 2 : 1; },
        levelWidth: function () { return 1; }, minNodeSpacing: 90, animate: false }
    });
    window.radkgGraph.clickThrough(cy);
    window.radkgGraph.keyboard(cy, container, function (node) {
      var status = document.getElementById('neighbourhood-status');
      if (status) { status.textContent = node ? 'Selected: ' + node.data('label') + ' (Enter opens its page)' : ''; }
    });
    window.radkgNeighbourhood = cy; // for browser tests and the console
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
