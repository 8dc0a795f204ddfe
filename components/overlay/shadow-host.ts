/** The overlay's page elements: a host with its own shadow root, the overlay's styles and a node to render into. */

export interface ShadowHost {
  host: HTMLElement;
  mount: HTMLElement;
}

export interface ShadowHostOptions {
  tag: string;
  /** Inline host style (see `placement.ts`). */
  style: string;
  ref: string;
  mode: ShadowRootMode;
  css: string;
  mountTag: 'span' | 'div';
}

export function createShadowHost(doc: Document, options: ShadowHostOptions): ShadowHost {
  const host = doc.createElement(options.tag);
  host.setAttribute('style', options.style);
  host.setAttribute('data-badge-lens-ref', options.ref);
  const root = host.attachShadow({ mode: options.mode });
  const style = doc.createElement('style');
  style.textContent = options.css;
  root.appendChild(style);
  const mount = doc.createElement(options.mountTag);
  root.appendChild(mount);
  return { host, mount };
}
