import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../../entrypoints/background/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/protocol/schemas';
import { fakeStorageArea } from './fakes';

describe('settings in storage.local', () => {
  it('round-trips what was saved', async () => {
    const local = fakeStorageArea();
    const settings: Settings = { autoScan: false, disabledSites: ['a.example.org'], allowLocalNetwork: true, language: 'en' };
    await saveSettings(local, settings);
    expect(local.data.get('settings')).toEqual(settings);
    expect(await loadSettings(local)).toEqual(settings);
  });

  it('falls back to the defaults when nothing or something invalid is stored', async () => {
    expect(await loadSettings(fakeStorageArea())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(fakeStorageArea({ settings: { ...DEFAULT_SETTINGS, language: 'tlh' } }))).toEqual(DEFAULT_SETTINGS);
  });
});
