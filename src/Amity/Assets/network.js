// Draws the contact network with Cytoscape from the same API the page reads; a node opens its page.
document.addEventListener('DOMContentLoaded', async () => {
  const box = document.getElementById('graph');
  if (!box || typeof cytoscape !== 'function') return;
  const graph = await (await fetch(box.dataset.source)).json();
  const most = Math.max(1, ...graph.nodes.map(n => n.engagements));
  const cy = cytoscape({
    container: box,
    elements: [
      ...graph.nodes.map(n => ({ data: { id: n.id, label: n.label, kind: n.kind, link: n.link, size: 14 + 30 * n.engagements / most } })),
      ...graph.edges.map(e => ({ data: { id: `${e.source}-${e.target}`, source: e.source, target: e.target, kind: e.kind, weight: e.engagements } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 10, 'background-color': '#1d4e89', color: '#1b1f24', 'text-valign': 'bottom' } },
      { selector: 'node[kind = "organisation"]', style: { shape: 'round-rectangle', 'background-color': '#8a5a00' } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 6)', 'line-color': '#9aa5b1', 'curve-style': 'haystack' } },
      { selector: 'edge[kind = "member"]', style: { 'line-style': 'dashed' } },
    ],
    layout: { name: 'cose', animate: false },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', event => { window.location.href = event.target.data('link'); });
  box.dataset.ready = 'true';
  window.amityGraph = cy;
});
