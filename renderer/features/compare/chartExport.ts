/**
 * Chart export without extra libraries: the chart's <svg> is serialised with XMLSerializer, given a title and a
 * legend, and saved as SVG; PNG draws that SVG into a canvas through an Image of a blob URL (the CSP allows
 * img-src blob:).
 */
import { platform } from '../../platform/index.ts';

export type LegendItem = { label: string; color: string };
export type ChartPicture = { markup: string; width: number; height: number };

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 16;
const TITLE_HEIGHT = 28;
const LEGEND_ROW = 20;

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Lays legend items out in rows that fit the width; a rough text width is enough for a legend. */
function legendRows(items: LegendItem[], width: number): { item: LegendItem; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return items.map((item) => {
    const w = 22 + Math.min(item.label.length, 48) * 6.6 + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const placed = { item, x, row };
    x += w;
    return placed;
  });
}

/** The chart's SVG with a white background, a title above and the legend below, as standalone markup. */
export function chartPicture(svg: SVGSVGElement, title: string, legend: LegendItem[]): ChartPicture {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.ceil(box.width) || Number(svg.getAttribute('width')) || 800;
  const chartHeight = Math.ceil(box.height) || Number(svg.getAttribute('height')) || 400;
  const placed = legendRows(legend, chartWidth);
  const legendHeight = legend.length > 0 ? (Math.max(...placed.map((p) => p.row)) + 1) * LEGEND_ROW + 8 : 0;
  const width = chartWidth + 2 * PAD;
  const height = PAD + TITLE_HEIGHT + chartHeight + legendHeight + PAD;

  const root = element('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT,
    'font-size': 12,
  });
  root.append(element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  root.append(
    element('text', { x: PAD, y: PAD + 16, 'font-size': 15, 'font-weight': 600, fill: '#1f2328' }, title),
  );
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(PAD + TITLE_HEIGHT));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  chart.removeAttribute('style');
  chart.removeAttribute('class');
  root.append(chart);
  const legendTop = PAD + TITLE_HEIGHT + chartHeight + 8;
  for (const { item, x, row } of placed) {
    const y = legendTop + row * LEGEND_ROW;
    root.append(element('rect', { x: PAD + x, y: y + 2, width: 12, height: 12, rx: 2, fill: item.color }));
    root.append(element('text', { x: PAD + x + 18, y: y + 12, fill: '#1f2328' }, item.label));
  }
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** Renders SVG markup to PNG bytes at the given pixel ratio. */
export async function pictureToPng(picture: ChartPicture, ratio = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([picture.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('SVG could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * ratio);
    canvas.height = Math.round(picture.height * ratio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a title: letters, digits and dashes only. */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'koor'
  );
}

/** Saves the chart inside `container` as SVG or PNG; false when cancelled. */
export async function saveChart(
  container: HTMLElement,
  format: 'svg' | 'png',
  title: string,
  legend: LegendItem[],
): Promise<{ saved: boolean; name: string }> {
  const svg = container.querySelector<SVGSVGElement>('svg[data-chart], svg.recharts-surface');
  if (!svg) throw new Error('no chart to export');
  const picture = chartPicture(svg, title, legend);
  const name = `${fileSlug(title)}.${format}`;
  const bytes = format === 'svg' ? new TextEncoder().encode(picture.markup) : await pictureToPng(picture);
  const saved = await platform.saveFile({
    suggestedName: name,
    bytes,
    mime: format === 'svg' ? 'image/svg+xml' : 'image/png',
  });
  return { saved, name };
}
