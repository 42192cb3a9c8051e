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

/** The current text selection as document offsets, or null when it is not inside the transcript. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
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
