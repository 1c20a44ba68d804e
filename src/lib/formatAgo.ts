/** "just now", "5 min ago", "3 h ago", "on 12 Mar": how long ago something happened (a sync, a check). */
export function formatAgo(at: number, now: number): string {
  const seconds = Math.max(0, (now - at) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `on ${new Date(at).toLocaleDateString('en', { day: 'numeric', month: 'short' })}`;
}
