// A minimal observable value: the view state has one owner and every view reacts to changes.

export type Listener<S> = (state: S, previous: S) => void;

export class Store<S extends object> {
  #state: S;
  readonly #listeners = new Set<Listener<S>>();

  /** `equals` decides what counts as a change: structural by default (view state); pass
   * `Object.is` for data holding Maps and Sets. */
  constructor(
    initial: S,
    readonly equals: (a: unknown, b: unknown) => boolean = sameValue,
  ) {
    this.#state = initial;
  }

  get(): S {
    return this.#state;
  }

  /** Applies a patch; listeners run only when something actually changed. */
  update(patch: Partial<S> | ((state: S) => Partial<S>)): void {
    const previous = this.#state;
    const changes = typeof patch === 'function' ? patch(previous) : patch;
    const changed = Object.entries(changes).some(
      ([key, value]) => !this.equals(previous[key as keyof S], value),
    );
    if (!changed) return;
    this.#state = { ...previous, ...changes };
    for (const listener of [...this.#listeners]) listener(this.#state, previous);
  }

  subscribe(listener: Listener<S>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** Structural equality for plain arrays and objects (the view state); identity for anything else. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isPlain(a) || !isPlain(b)) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function isPlain(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}
