/* Shared by network.js and neighbourhood.js: keyboard selection and zoom over a Cytoscape graph.
   No inline scripts anywhere (the CSP forbids them): the pages load these files from /assets/. */
(function () {
  'use strict';

  /** Node ids sorted by position (left to right, top to bottom) so arrow keys move in reading order. */
  function readingOrder(cy) {
    return cy.nodes().sort(function (a, b) {
      var pa = a.position(), pb = b.position();
      return Math.abs(pa.y - pb.y) > 30 ? pa.y - pb.y : pa.x - pb.x;
    });
  }

  /**
   * Makes the container keyboard-operable: arrows (and Tab inside the focused graph is left to the page)
   * move the selection, Enter opens the selected node's page, + / - zoom, 0 fits.
   * onSelect(node) is called with the newly selected node (or null).
   */
  function keyboard(cy, container, onSelect) {
    var index = -1;
    function select(i) {
      var order = readingOrder(cy);
      if (order.length === 0) { return; }
      index = (i + order.length) % order.length;
      cy.nodes().unselect();
      var node = order[index];
      node.select();
      cy.animate({ center: { eles: node } }, { duration: 150 });
      onSelect(node);
    }
    container.addEventListener('keydown', function (ev) {
      var key = ev.key;
      if (key === 'ArrowRight' || key === 'ArrowDown') {
        select(index + 1); ev.preventDefault();
      } else if (key === 'ArrowLeft' || key === 'ArrowUp') {
        select(index - 1); ev.preventDefault();
      } else if (key === 'Enter') {
        var sel = cy.nodes(':selected');
        if (sel.length && sel[0].data('href')) { window.location.href = sel[0].data('href'); ev.preventDefault(); }
      } else if (key === '+' || key === '=') {
        zoom(cy, 1.25); ev.preventDefault();
      } else if (key === '-') {
        zoom(cy, 0.8); ev.preventDefault();
      } else if (key === '0') {
        cy.fit(undefined, 20); ev.preventDefault();
      } else if (key === 'Escape') {
        cy.nodes().unselect(); index = -1; onSelect(null);
      }
    });
  }

  function zoom(cy, factor) {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Clicking (or tapping) a node that has an href opens its page. */
  function clickThrough(cy) {
    cy.on('tap', 'node', function (ev) {
      var href = ev.target.data('href');
      if (href) { window.location.href = href; }
    });
  }

  /*
   * Cytoscape adds a <style> element (".__________cytoscape_container { position: relative; }") unless an
   * element with its id exists; the CSP (style-src 'self') would refuse it, so site.css sets the rule
   * (.graph { position: relative }) and an empty marker stands in for the element.
   */
  if (!document.getElementById('__________cytoscape_stylesheet')) {
    var marker = document.createElement('meta');
    marker.id = '__________cytoscape_stylesheet';
    document.head.appendChild(marker);
  }

  window.radkgGraph = { keyboard: keyboard, zoom: zoom, clickThrough: clickThrough };
}());
