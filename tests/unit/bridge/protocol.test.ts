import { describe, expect, it } from 'vitest';
import {
  BRIDGE_SOURCE,
  bridgeMessage,
  isPageModelRequest,
  parseBridgeMessage,
  pickFields,
  READER_SOURCE,
} from '../../../src/bridge/protocol';
import { SITES } from '../../../src/sites/all-sites';

const valid = bridgeMessage({
  site: 'strava',
  activityId: '123',
  fields: { type: 'Run', distance: 21_100, commute: false },
});

describe('parseBridgeMessage', () => {
  it('accepts a message of the exact shape', () => {
    expect(parseBridgeMessage(valid, SITES)).toEqual({
      site: 'strava',
      activityId: '123',
      fields: { type: 'Run', distance: 21_100, commute: false },
    });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'backstride-bridge'],
    ['another source', { ...valid, source: 'someone-else' }],
    ['another protocol version', { ...valid, version: 2 }],
    ['an unknown site', { ...valid, site: 'example' }],
    ['an activity id that is not a number', { ...valid, activityId: '12<script>' }],
    ['an unknown field', { ...valid, fields: { innerHTML: '<img onerror=alert(1)>' } }],
    ['a field that is an object', { ...valid, fields: { distance: { valueOf: 1 } } }],
    ['a field that is not finite', { ...valid, fields: { distance: Number.NaN } }],
    ['a very long string', { ...valid, fields: { type: 'R'.repeat(5000) } }],
    ['fields that are an array', { ...valid, fields: [1, 2] }],
    ['a Garmin field under Strava', { ...valid, fields: { 'summaryDTO.distance': 1 } }],
  ])('refuses %s', (_name, data) => {
    expect(parseBridgeMessage(data, SITES)).toBeNull();
  });

  it('survives objects that throw when read', () => {
    const hostile = {
      source: BRIDGE_SOURCE,
      version: 1,
      site: 'strava',
      activityId: '1',
      get fields(): never {
        throw new Error('gotcha');
      },
    };
    expect(parseBridgeMessage(hostile, SITES)).toBeNull();
  });
});

describe('pickFields', () => {
  it('picks plain values by dotted path and nothing else', () => {
    const json = { summaryDTO: { distance: 1000, averageHR: '150', nested: { deep: 1 } }, activityTypeDTO: null };
    expect(
      pickFields(json, ['summaryDTO.distance', 'summaryDTO.averageHR', 'summaryDTO.nested', 'activityTypeDTO.typeKey']),
    ).toEqual({
      'summaryDTO.distance': 1000,
      'summaryDTO.averageHR': '150',
    });
  });
});

describe('isPageModelRequest', () => {
  it('knows the reader’s request and nothing else', () => {
    expect(isPageModelRequest({ source: READER_SOURCE, kind: 'read-page-model', activityId: '12' })).toBe(true);
    expect(isPageModelRequest({ source: READER_SOURCE, kind: 'read-page-model', activityId: 'x' })).toBe(false);
    expect(isPageModelRequest({ source: BRIDGE_SOURCE, kind: 'read-page-model', activityId: '12' })).toBe(false);
  });
});
