/**
 * Texts kept from the rows of a big file. A cell's text is a piece of the text
 * of the file as read, and V8 cuts a long piece (13 characters or more) out of
 * its parent without copying it: keeping the piece keeps the whole megabyte of
 * file it came from. What a reader keeps of a row (an indicator id, a unit's
 * name, a source) is copied, and a text met again is the copy kept before, so
 * 1,000,000 rows of 100,000 units hold 100,000 names.
 */

/**
 * A keeper of texts: gives each text as a copy of its own, the same copy for
 * the same text.
 *
 * @example
 * const keep = keptTexts();
 * keep(row.fields[1]!) === keep(other.fields[1]!); // the same copy when the texts are equal
 */
export function keptTexts(): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    let k = kept.get(text);
    if (k === undefined) {
      k = detach(text);
      kept.set(k, k);
    }
    return k;
  };
}

/**
 * A copy of a text that does not hold on to the text it was cut from.
 *
 * @example
 * const rate = detach(cells[4]!); // '99,96' (the file's text around it may be let go)
 */
export function detach(text: string): string {
  // shorter pieces are copied by V8 already; joining with a character, then cutting it, forces a flat copy
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
