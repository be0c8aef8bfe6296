import { expect } from 'vitest';
import { isRun, type RunFacts } from '../../../src/run/run-facts';

/** Nothing, or facts a human activity can physically have. */
export function expectPlausible(run: RunFacts | null): void {
  if (run === null) return;
  if (run.distanceM !== undefined) {
    expect(run.distanceM).toBeGreaterThan(0);
    expect(run.distanceM).toBeLessThanOrEqual(400_000);
  }
  for (const time of [run.movingTimeS, run.elapsedTimeS]) {
    if (time !== undefined) expect(time).toBeGreaterThan(0);
  }
  if (isRun(run) && run.distanceM !== undefined && run.movingTimeS !== undefined) {
    const pace = run.movingTimeS / (run.distanceM / 1000);
    expect(pace).toBeGreaterThanOrEqual(120);
    expect(pace).toBeLessThanOrEqual(1200);
  }
  for (const value of [run.avgHeartRate, run.maxHeartRate])
    if (value !== undefined) expect(value).toBeLessThanOrEqual(250);
  if (run.temperatureC !== undefined) expect(Math.abs(run.temperatureC)).toBeLessThanOrEqual(60);
  if (run.elevationGainM !== undefined) expect(run.elevationGainM).toBeGreaterThanOrEqual(0);
}
