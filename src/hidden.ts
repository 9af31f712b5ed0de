/*
 * What a result's lazy parts are built from is kept on the result itself, in a
 * private class field stamped onto the plain result object (a base constructor
 * that returns its argument lets a subclass add its private fields to any
 * object). Unlike a symbol-keyed property it is invisible to Reflect.ownKeys,
 * spread, JSON, structuredClone and deep equality, and adding it is an
 * ordinary property store, where Object.defineProperty cost as much as
 * deciding a commune.
 */

class Stamp {
  constructor(target: object) {
    return target;
  }
}

/**
 * The hidden context of results whose details are built on first read (commune,
 * district and province assessments; attainment reports).
 *
 * @example
 * const result = { tier: 'commune' };
 * Hidden.stamp(result, { kind: 'example' });
 * Hidden.of(result); // { kind: 'example' }
 * Object.keys(result); // ['tier']
 * Hidden.of({}); // undefined
 */
export class Hidden extends Stamp {
  #context: unknown;
  private constructor(target: object, context: unknown) {
    super(target);
    this.#context = context;
  }

  /** Stamps `context` onto `target` (once per object). */
  static stamp(target: object, context: unknown): void {
    new Hidden(target, context);
  }

  /** The context stamped onto `target`, or undefined for an object made elsewhere. */
  static of(target: object): unknown {
    return #context in target ? (target as unknown as Hidden).#context : undefined;
  }
}
