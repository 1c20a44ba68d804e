/** "Live" with a pulsing dot (still under reduced motion): a webcast is on air now. */
export function LiveBadge() {
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-red-700 px-2 py-0.5 text-xs font-bold text-white uppercase">
      <span
        aria-hidden="true"
        className="size-1.5 rounded-full bg-white motion-safe:animate-pulse"
      />
      Live
    </span>
  );
}
