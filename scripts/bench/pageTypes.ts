// The few browser globals the in-page measurement functions use. The Node tsconfig has no DOM
// lib (and must not get one), so those functions reach the page through globalThis typed as this.
export interface PageElement {
  textContent: string | null;
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  click(): void;
  dispatchEvent(event: unknown): boolean;
}

export interface PageWindow {
  document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
  };
  requestAnimationFrame(callback: (now: number) => void): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
  MutationObserver: new (callback: () => void) => { observe(target: PageElement, options: object): void; disconnect(): void };
  PerformanceObserver: new (callback: (list: { getEntries(): unknown[] }) => void) => { observe(options: object): void; disconnect(): void };
  HTMLInputElement: { prototype: object };
  Event: new (type: string, init?: object) => unknown;
  benchT0?: number;
}
