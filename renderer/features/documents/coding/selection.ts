/** The document offset of a DOM position inside the transcript (text segments carry data-start). */
function offsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = element?.closest<HTMLElement>('[data-start]');
  if (!segment) return null;
  const start = Number(segment.dataset.start);
  if (node.nodeType === Node.TEXT_NODE) return start + offset;
  // An element position: before or after its children.
  return offset === 0 ? start : Number(segment.dataset.end ?? start);
}

/**
 * The document offset of a DOM position outside the text segments (a drag that ends in the gap between two
 * turns, past the end of a line, or starts beside the text): the text nearest to it inside the selection,
 * the start of the first segment after it for a start, the end of the last one before it for an end.
 */
function nearestOffset(root: HTMLElement, node: Node, offset: number, side: 'start' | 'end'): number | null {
  const point = document.createRange();
  point.setStart(node, offset);
  const segments = root.querySelectorAll<HTMLElement>('[data-start]');
  if (side === 'start') {
    for (const segment of segments) {
      // comparePoint: -1 before the (collapsed) range at the point, 0 at it, 1 after it.
      if (point.comparePoint(segment, 0) >= 0) return Number(segment.dataset.start);
    }
    return null;
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (point.comparePoint(segment, segment.childNodes.length) <= 0)
      return Number(segment.dataset.end ?? segment.dataset.start);
  }
  return null;
}

/**
 * The current text selection as document offsets, or null when it is not inside the transcript. An end outside
 * the text (between turns, beside a line) counts from the nearest text inside the selection, unless `exact`.
 */
export function selectionOffsets(root: HTMLElement, exact = false): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (!exact) {
    start ??= nearestOffset(root, range.startContainer, range.startOffset, 'start');
    end ??= nearestOffset(root, range.endContainer, range.endOffset, 'end');
  }
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM position of a document offset among the transcript's text segments, or null when it is not shown. */
function positionOf(root: HTMLElement, offset: number, side: 'start' | 'end'): [Node, number] | null {
  for (const segment of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const start = Number(segment.dataset.start);
    const end = Number(segment.dataset.end ?? start);
    const inside = side === 'start' ? offset >= start && offset < end : offset > start && offset <= end;
    const text = segment.firstChild;
    if (inside && text?.nodeType === Node.TEXT_NODE) return [text, offset - start];
  }
  return null;
}

/**
 * Shows a range of the document as the browser's selection when the selection shown is another (and the range's
 * text is on screen): one that ended between turns or took blanks along shows just the text it selects, and
 * one whose turn was drawn anew (the split cursor goes when text is selected; the browser then stretches the
 * selection over the whole turn) shows its words again.
 */
export function showSelection(root: HTMLElement, range: { start: number; end: number }): void {
  const shown = selectionOffsets(root, true);
  if (shown && shown.start === range.start && shown.end === range.end) return;
  const from = positionOf(root, range.start, 'start');
  const to = positionOf(root, range.end, 'end');
  const selection = window.getSelection();
  if (!from || !to || !selection) return;
  selection.setBaseAndExtent(from[0], from[1], to[0], to[1]);
}

/** Where the cursor (or the start of the selection) is, as a document offset; null outside the transcript. */
export function caretOffset(root: HTMLElement): number | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer)) return null;
  return offsetOf(range.startContainer, range.startOffset);
}

/** Trims white space at both ends of a range of the text (a selection often takes a space along). */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
