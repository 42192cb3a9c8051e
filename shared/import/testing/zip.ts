import { zipSync, strToU8 } from 'fflate';

/** A zip whose first central-directory entry declares `declared` uncompressed bytes (a lying header). */
export function withDeclaredSize(zip: Uint8Array, entryName: string, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entryName);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const n = view.getUint16(i + 28, true);
    if (n === name.length && name.every((b, k) => out[i + 46 + k] === b))
      view.setUint32(i + 24, declared, true);
  }
  return out;
}

/** A small .odt with the given content.xml body paragraphs (as raw XML). */
export function minimalOdt(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(xml),
  });
}
