/** What jsdom lacks and Fluent UI uses: a ResizeObserver that never reports (no layout in jsdom). */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const target = globalThis as unknown as { ResizeObserver?: unknown };
target.ResizeObserver ??= NoLayoutResizeObserver;
