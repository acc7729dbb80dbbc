/**
 * A controller's state as React's useSyncExternalStore reads it: each change replaces the
 * snapshot (so a view re-renders exactly when it changed) and tells every subscriber.
 */
export class StateStore<State extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(protected current: State) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): State => this.current;

  protected update(patch: Partial<State>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener();
  }
}
