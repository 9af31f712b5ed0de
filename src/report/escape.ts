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

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for a Markdown table cell or heading: line breaks become
 * spaces, and characters with a meaning in Markdown or HTML are
 * backslash-escaped, so data can neither break the table nor inject markup.
 *
 * @example
 * escapeMarkdown('a | <b>\nc'); // 'a \\| \\<b\\> c'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|&~#]/g, (c) => `\\${c}`);
}

/**
 * Guards a CSV text field against spreadsheet formula injection: text that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'`, so Excel and LibreOffice show it instead of running it.
 *
 * @example
 * guardFormula('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 * guardFormula('Phường Đăk Cấm');         // 'Phường Đăk Cấm'
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Makes text safe for a terminal: tabs and line breaks become a space (a
 * table cell stays on its line), every other C0 or C1 control character and
 * DEL become a visible escape such as `\x1B`, so data cannot move the cursor,
 * clear the screen or colour the text.
 *
 * @example
 * escapeTerminal('A\u001b[2J\nB'); // 'A\\x1B[2J B'
 */
export function escapeTerminal(text: string): string {
  return text.replace(/\r\n|[\t\n\r]|[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c.length === 2 || c === '\t' || c === '\n' || c === '\r'
      ? ' '
      : `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
