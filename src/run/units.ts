/** How numbers are shown to the runner: kilometres, metres and °C, or miles, feet and °F. */
export type UnitSystem = 'metric' | 'imperial';

export const METRES_PER_MILE = 1609.344;
export const METRES_PER_FOOT = 0.3048;

export const celsiusToFahrenheit = (celsius: number): number => (celsius * 9) / 5 + 32;
export const fahrenheitToCelsius = (fahrenheit: number): number => ((fahrenheit - 32) * 5) / 9;

/** Metres or feet as a plain number in the runner's units, and back. */
export const elevationInUnits = (metres: number, units: UnitSystem): number =>
  units === 'imperial' ? metres / METRES_PER_FOOT : metres;
export const elevationFromUnits = (value: number, units: UnitSystem): number =>
  units === 'imperial' ? value * METRES_PER_FOOT : value;

/** °C or °F as a plain number in the runner's units, and back. */
export const temperatureInUnits = (celsius: number, units: UnitSystem): number =>
  units === 'imperial' ? celsiusToFahrenheit(celsius) : celsius;
export const temperatureFromUnits = (value: number, units: UnitSystem): number =>
  units === 'imperial' ? fahrenheitToCelsius(value) : value;

/** Metres climbed per km, or feet per mile, and back. */
export const climbRateInUnits = (metresPerKm: number, units: UnitSystem): number =>
  units === 'imperial' ? (metresPerKm / METRES_PER_FOOT) * (METRES_PER_MILE / 1000) : metresPerKm;
export const climbRateFromUnits = (value: number, units: UnitSystem): number =>
  units === 'imperial' ? (value * METRES_PER_FOOT) / (METRES_PER_MILE / 1000) : value;
