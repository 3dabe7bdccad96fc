/** The verify plugin's settings (schema/verify.json), read defensively. */

export interface VerifySettings {
  cellTimeoutSeconds: number;
  numericTolerance: number;
}

export const DEFAULT_VERIFY_SETTINGS: VerifySettings = { cellTimeoutSeconds: 120, numericTolerance: 0 };

export function verifySettingsFrom(composite: Partial<Record<keyof VerifySettings, unknown>> | undefined): VerifySettings {
  const timeout = Number(composite?.cellTimeoutSeconds);
  const tolerance = Number(composite?.numericTolerance);
  return {
    cellTimeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_VERIFY_SETTINGS.cellTimeoutSeconds,
    numericTolerance: Number.isFinite(tolerance) && tolerance >= 0 ? tolerance : DEFAULT_VERIFY_SETTINGS.numericTolerance
  };
}
