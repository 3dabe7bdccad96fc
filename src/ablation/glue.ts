/**
 * scrapbook's glue convention, so metrics can be recorded without installing scrapbook: a display
 * of `application/scrapbook.scrap.json+json` holding `{name, data, encoder: 'json', version: 1}`.
 */
export const SCRAP_JSON_MIME = 'application/scrapbook.scrap.json+json';
export const SCRAP_TEXT_MIME = 'application/scrapbook.scrap.text+json';

export interface ScrapPayload {
  name: string;
  data: unknown;
  encoder: 'json' | 'text';
  version: 1;
}

/** The display_data output a glued value becomes (what scrapbook's `glue(name, value)` emits). */
export function scrapOutput(name: string, data: unknown): {
  output_type: 'display_data';
  data: Record<string, ScrapPayload>;
  metadata: { scrapbook: { name: string; data: true; display: false } };
} {
  return {
    output_type: 'display_data',
    data: { [SCRAP_JSON_MIME]: { name, data, encoder: 'json', version: 1 } },
    metadata: { scrapbook: { name, data: true, display: false } }
  };
}

/** Python the user can paste into the notebook: `glue('accuracy', acc)` records a metric. */
export const GLUE_HELPER_SOURCE = `def glue(name, value):
    """Record a value for the ablation table, the way scrapbook does (no install needed)."""
    from IPython.display import display
    if hasattr(value, "item"):  # numpy scalars are not JSON
        value = value.item()
    display(
        {"${SCRAP_JSON_MIME}": {"name": name, "data": value, "encoder": "json", "version": 1}},
        metadata={"scrapbook": {"name": name, "data": True, "display": False}},
        raw=True,
    )
`;
