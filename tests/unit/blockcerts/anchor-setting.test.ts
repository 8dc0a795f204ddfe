import { describe, expect, it } from 'vitest';
import { createVerifier } from '../../../entrypoints/background/verifier';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../lib/protocol/schemas';
import { fakeStorageArea, generatedSiteFetch } from '../background/fakes';

describe('the anchor setting', () => {
  it('is off by default and when absent from stored settings', () => {
    expect(DEFAULT_SETTINGS.checkAnchors).toBeUndefined();
    const stored = settingsSchema.safeParse({ autoScan: true, disabledSites: [], allowLocalNetwork: false, language: 'en' });
    expect(stored.success).toBe(true);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, checkAnchors: 'yes' }).success).toBe(false);
  });

  it('reaches the core only when switched on', () => {
    let settings: Settings = DEFAULT_SETTINGS;
    const verifier = createVerifier(() => settings, { session: fakeStorageArea(), fetch: generatedSiteFetch() });
    expect(verifier.env()).not.toHaveProperty('anchors');
    settings = { ...DEFAULT_SETTINGS, checkAnchors: false };
    expect(verifier.env()).not.toHaveProperty('anchors');
    settings = { ...DEFAULT_SETTINGS, checkAnchors: true };
    expect(verifier.env()).toMatchObject({ anchors: true });
  });
});

describe('the card button: one item re-checked with its anchor looked up', () => {
  it('recheck-tab carries anchors: true, and nothing else', async () => {
    const { uiMessageSchema } = await import('../../../lib/protocol/messages');
    expect(uiMessageSchema.safeParse({ type: 'recheck-tab', tabId: 1, ref: 'r1', anchors: true }).success).toBe(true);
    expect(uiMessageSchema.safeParse({ type: 'recheck-tab', tabId: 1, ref: 'r1' }).success).toBe(true);
    expect(uiMessageSchema.safeParse({ type: 'recheck-tab', tabId: 1, ref: 'r1', anchors: false }).success).toBe(false);
  });
});
