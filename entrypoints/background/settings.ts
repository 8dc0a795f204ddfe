import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../lib/protocol/schemas';

export async function loadSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  const parsed = settingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ settings });
}
