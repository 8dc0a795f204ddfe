import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../lib/protocol/schemas';
import type { StorageArea } from './ports';

export async function loadSettings(local: StorageArea): Promise<Settings> {
  const { settings } = await local.get('settings');
  const parsed = settingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(local: StorageArea, settings: Settings): Promise<void> {
  await local.set({ settings });
}
