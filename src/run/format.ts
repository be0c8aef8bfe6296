import { formatDecimal as decimal } from './format-decimal';
import { celsiusToFahrenheit, elevationInUnits, METRES_PER_MILE, type UnitSystem } from './units';

export type { UnitSystem } from './units';

/** "1:52:03" or "36:36". */
export function formatDuration(totalS: number): string {
  const rounded = Math.round(totalS);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  const seconds = rounded % 60;
  const mmss = `${String(minutes).padStart(hours > 0 ? 2 : 1, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** "21.1 km", "13.1 mi", "21,1 km" in German or French. */
export function formatDistance(distanceM: number, units: UnitSystem = 'metric', locale: string = 'en'): string {
  return units === 'imperial'
    ? `${decimal(distanceM / METRES_PER_MILE, locale, 1)} mi`
    : `${decimal(distanceM / 1000, locale, 1)} km`;
}

/** "5:18 /km" or "8:32 /mi". */
export function formatPace(paceSPerKm: number, units: UnitSystem = 'metric'): string {
  return units === 'imperial'
    ? `${formatDuration((paceSPerKm * METRES_PER_MILE) / 1000)} /mi`
    : `${formatDuration(paceSPerKm)} /km`;
}

/** "612 m" or "2,008 ft". */
export function formatElevation(elevationM: number, units: UnitSystem = 'metric', locale: string = 'en'): string {
  return units === 'imperial'
    ? `${decimal(elevationInUnits(elevationM, units), locale, 0)} ft`
    : `${decimal(elevationM, locale, 0)} m`;
}

/** "31 °C" or "88 °F". */
export function formatTemperature(temperatureC: number, units: UnitSystem = 'metric'): string {
  return units === 'imperial'
    ? `${Math.round(celsiusToFahrenheit(temperatureC))} °F`
    : `${Math.round(temperatureC)} °C`;
}

/** A ratio or a share as the runner's language writes it: "1.8" or "1,8". */
export function formatRatio(value: number, locale: string = 'en'): string {
  return decimal(value, locale, 1);
}

/** Kilometres or miles as a plain number in the runner's units (for form fields). */
export function distanceInUnits(distanceM: number, units: UnitSystem): number {
  return units === 'imperial' ? distanceM / METRES_PER_MILE : distanceM / 1000;
}

export function distanceFromUnits(value: number, units: UnitSystem): number {
  return units === 'imperial' ? value * METRES_PER_MILE : value * 1000;
}

/** Seconds per km or per mile, as the runner reads a pace. */
export function paceInUnits(paceSPerKm: number, units: UnitSystem): number {
  return units === 'imperial' ? (paceSPerKm * METRES_PER_MILE) / 1000 : paceSPerKm;
}

export function paceFromUnits(secondsPerUnit: number, units: UnitSystem): number {
  return units === 'imperial' ? (secondsPerUnit * 1000) / METRES_PER_MILE : secondsPerUnit;
}
