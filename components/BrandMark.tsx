/** The Badge Lens mark: a rosette seen through a lens. Decorative; the name is always written beside it. */
export function BrandMark({ size = 20 }: { size?: number }) {
  return (
    <svg class="bl-brand-mark" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="7.25" fill="none" stroke="currentColor" stroke-width="1.8" />
      <path d="M15.8 15.8L21 21" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
      <path
        d="M7.4 10.6l2.2 2.2 4-4.3"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
