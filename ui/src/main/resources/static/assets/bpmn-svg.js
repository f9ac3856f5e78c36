// Draws a BPMN diagram as SVG from the BPMN DI in its XML, without libraries: events as circles,
// tasks as rounded rectangles with their names, gateways as diamonds, sequence flows as polylines
// from their waypoints. Elements are marked by their state in one instance (active, completed,
// incident; flows taken), so an operator sees where the instance is and how it got there.

const NS = {
  bpmn: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  svg: 'http://www.w3.org/2000/svg',
};
const PAD = 20;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS.svg, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  node.append(...children.filter(Boolean));
  return node;
}

function bounds(shape) {
  const b = shape.getElementsByTagNameNS(NS.dc, 'Bounds')[0];
  return b && ['x', 'y', 'width', 'height'].map((k) => Number(b.getAttribute(k)));
}

/** What kind of shape a BPMN element is drawn as. */
function kindOf(type) {
  if (/Event$/.test(type)) return 'event';
  if (/Gateway$/.test(type)) return 'gateway';
  if (/^(subProcess|transaction|adHocSubProcess)$/.test(type)) return 'subprocess';
  if (/^(participant|lane)$/.test(type)) return 'pool';
  if (/^(textAnnotation|group|dataObjectReference|dataStoreReference)$/.test(type)) return 'artifact';
  return 'task';
}

/** Splits a name into lines that fit a box about {@code width} pixels wide. */
function wrap(text, width, max = 4) {
  const perLine = Math.max(6, Math.floor(width / 7));
  const lines = [];
  let line = '';
  for (const word of String(text).split(/\s+/)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > max ? [...lines.slice(0, max - 1), `${lines[max - 1]}…`] : lines;
}

function label(lines, cx, top, className) {
  return svg('text', { class: className, x: cx, y: top, 'text-anchor': 'middle' },
    ...lines.map((text, i) => {
      const span = svg('tspan', { x: cx, dy: i === 0 ? '0' : '1.2em' });
      span.textContent = text;
      return span;
    }));
}

function stateOf(id, state) {
  if (state.incidents?.has(id)) return 'incident';
  if (state.active?.has(id)) return 'active';
  if (state.completed?.has(id) || state.taken?.has(id)) return 'completed';
  return 'idle';
}

const STATE_WORDS = { incident: 'has an incident', active: 'active now', completed: 'done', idle: '' };

function shapeFor(kind, type, x, y, w, h, eventInfo) {
  if (kind === 'event') {
    const r = Math.min(w, h) / 2;
    const outer = svg('circle', { class: 'outline', cx: x + w / 2, cy: y + h / 2, r });
    if (type === 'endEvent') outer.setAttribute('stroke-width', '4');
    const inner = /^intermediate|^boundary/.test(type)
      ? svg('circle', { class: 'outline inner', cx: x + w / 2, cy: y + h / 2, r: r - 3 })
      : null;
    const cx = x + w / 2;
    const cy = y + h / 2;
    if (eventInfo === 'timer') {
      // A clock face: fonts for a clock symbol are not everywhere.
      const face = r * 0.55;
      return [outer, inner, svg('circle', { class: 'outline inner', cx, cy, r: face }),
        svg('polyline', { class: 'clock-hands', points: `${cx},${cy - face * 0.8} ${cx},${cy} ${cx + face * 0.6},${cy}` })];
    }
    const marker = eventInfo ? svg('text', { class: 'marker', x: cx, y: cy + 4, 'text-anchor': 'middle' }) : null;
    if (marker) marker.textContent = eventInfo;
    return [outer, inner, marker];
  }
  if (kind === 'gateway') {
    const cx = x + w / 2;
    const cy = y + h / 2;
    const diamond = svg('polygon', { class: 'outline', points: `${cx},${y} ${x + w},${cy} ${cx},${y + h} ${x},${cy}` });
    const sign = { exclusiveGateway: '×', parallelGateway: '+', inclusiveGateway: '○', eventBasedGateway: '⬠' }[type];
    const marker = sign ? svg('text', { class: 'marker', x: cx, y: cy + 6, 'text-anchor': 'middle' }) : null;
    if (marker) marker.textContent = sign;
    return [diamond, marker];
  }
  const rect = svg('rect', { class: 'outline', x, y, width: w, height: h, rx: kind === 'task' ? 10 : 4 });
  return [rect];
}

/** A letter for an event's trigger, so timers and messages are told apart. */
function eventMarker(node) {
  const names = [...node.children].map((child) => child.localName);
  if (names.includes('timerEventDefinition')) return 'timer';
  if (names.includes('messageEventDefinition')) return '✉';
  if (names.includes('errorEventDefinition')) return '⚡';
  return '';
}

/**
 * Renders the diagram of {@code xml} into an SVG element.
 *
 * @param state sets of element ids: active, completed, incidents; and flow ids: taken
 * @returns {{svg: SVGElement, elements: {id: string, name: string, type: string}[]}} the drawing and
 *   its flow nodes (for forms that pick an element)
 */
export function renderBpmn(xml, state = {}, title = 'Process diagram') {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('The diagram could not be read');
  const byId = new Map();
  for (const node of doc.getElementsByTagNameNS(NS.bpmn, '*')) {
    const id = node.getAttribute('id');
    if (id) byId.set(id, node);
  }
  // Sub-processes are drawn first, so the flows and elements inside them stay visible.
  const containers = svg('g', { class: 'containers' });
  const shapes = svg('g', { class: 'shapes' });
  const edges = svg('g', { class: 'edges' });
  const elements = [];
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  const grow = (x, y, w = 0, h = 0) => {
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h);
  };

  for (const shape of doc.getElementsByTagNameNS(NS.bpmndi, 'BPMNShape')) {
    const id = shape.getAttribute('bpmnElement');
    const node = byId.get(id);
    const box = bounds(shape);
    if (!node || !box) continue;
    const [x, y, w, h] = box;
    const type = node.localName;
    const kind = kindOf(type);
    if (kind === 'pool' || kind === 'artifact') continue;
    const name = node.getAttribute('name') || '';
    const status = stateOf(id, state);
    const eventSub = node.getAttribute('triggeredByEvent') === 'true' ? ' event-subprocess' : '';
    const g = svg('g', { class: `bpmn-element ${kind}${eventSub} ${status}`, 'data-element-id': id, 'data-state': status });
    const tooltip = svg('title');
    tooltip.textContent = [name || id, STATE_WORDS[status]].filter(Boolean).join(' — ');
    g.append(tooltip, ...shapeFor(kind, type, x, y, w, h, kind === 'event' ? eventMarker(node) : null).filter(Boolean));
    if (name && kind === 'task') {
      const lines = wrap(name, w - 8);
      g.append(label(lines, x + w / 2, y + h / 2 - ((lines.length - 1) * 14) / 2 + 4, 'name'));
    } else if (name && kind === 'subprocess') {
      g.append(label(wrap(name, w - 8, 1), x + w / 2, y + 16, 'name'));
    } else if (name) {
      const labelShape = shape.getElementsByTagNameNS(NS.bpmndi, 'BPMNLabel')[0];
      const labelBox = labelShape && bounds(labelShape);
      const lines = wrap(name, Math.max(90, labelBox?.[2] ?? 0), 3);
      const top = labelBox ? labelBox[1] + 10 : y + h + 14;
      const cx = labelBox ? labelBox[0] + labelBox[2] / 2 : x + w / 2;
      g.append(label(lines, cx, top, 'name small'));
      grow(cx - 50, top, 100, lines.length * 14);
    }
    (kind === 'subprocess' ? containers : shapes).append(g);
    grow(x, y, w, h);
    elements.push({ id, name, type });
  }

  for (const edge of doc.getElementsByTagNameNS(NS.bpmndi, 'BPMNEdge')) {
    const id = edge.getAttribute('bpmnElement');
    const points = [...edge.getElementsByTagNameNS(NS.di, 'waypoint')]
      .map((p) => [Number(p.getAttribute('x')), Number(p.getAttribute('y'))]);
    if (points.length < 2) continue;
    points.forEach(([x, y]) => grow(x, y));
    const taken = state.taken?.has(id);
    const line = svg('polyline', {
      class: `flow ${taken ? 'taken' : ''}`.trim(), points: points.map((p) => p.join(',')).join(' '),
      'marker-end': `url(#${taken ? 'arrow-taken' : 'arrow'})`, 'data-flow-id': id,
    });
    edges.append(line);
  }

  if (!Number.isFinite(minX)) throw new Error('The diagram has no layout (BPMN DI) to draw');
  const arrow = (markerId) => svg('marker', {
    id: markerId, viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse',
  }, svg('path', { d: 'M0,0 L10,5 L0,10 z', class: markerId }));
  const titleNode = svg('title', { id: 'diagram-title' });
  titleNode.textContent = title;
  const drawing = svg('svg', {
    class: 'bpmn', role: 'img', 'aria-labelledby': 'diagram-title',
    viewBox: `${minX - PAD} ${minY - PAD} ${maxX - minX + 2 * PAD} ${maxY - minY + 2 * PAD}`,
    width: maxX - minX + 2 * PAD, preserveAspectRatio: 'xMinYMin meet',
  }, titleNode, svg('defs', {}, arrow('arrow'), arrow('arrow-taken')), containers, edges, shapes);
  return { svg: drawing, elements };
}
