/** "1:52:03" or "36:36". */
export function formatDuration(totalS: number): string {
  const rounded = Math.round(totalS);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  const seconds = rounded % 60;
  const mmss = `${String(minutes).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** "21.1 km". */
export function formatDistanceKm(distanceM: number): string {
  return `${(distanceM / 1000).toFixed(1)} km`;
}

/** "5:18 /km". */
export function formatPacePerKm(paceSPerKm: number): string {
  return `${formatDuration(paceSPerKm)} /km`;
}
