/**
 * A plugin's settings kept current: read once loaded and again on every change, so a plugin always
 * sees what the Settings Editor says. Until they load (or when there is no registry) the caller's
 * defaults stand; a registry that fails to load leaves them too.
 */
import type { ISettingRegistry } from '@jupyterlab/settingregistry';

export function followSettings<T>(
  registry: ISettingRegistry | null | undefined,
  pluginId: string,
  read: (composite: Record<string, unknown>) => T,
  apply: (settings: T) => void
): void {
  registry
    ?.load(pluginId)
    .then(loaded => {
      const update = () => apply(read(loaded.composite as Record<string, unknown>));
      update();
      loaded.changed.connect(update);
    })
    .catch(() => undefined);
}
