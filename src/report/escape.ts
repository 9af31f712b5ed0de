/**
 * Escapes text for HTML and SVG content and attribute values: `&`, `<`, `>`,
 * `"` and `'` become character references, so data can never open a tag or
 * end an attribute.
 *
 * @example
 * escapeHtml('<b>"Tỉnh A" & B</b>'); // '&lt;b&gt;&quot;Tỉnh A&quot; &amp; B&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
