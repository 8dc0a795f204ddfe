import { Fragment } from 'preact';

/** One line of technical detail: `code` values show as code, the rest as wrapping text. */
export interface TechRow {
  label: string;
  value: string;
  code?: boolean;
}

/** A closed `<details>` of label/value pairs for people who want the raw facts; `null` rows are left out. */
export function TechDetails({
  summary,
  class: className = 'bl-tech',
  rows,
}: {
  summary: string;
  class?: string;
  rows: readonly (TechRow | null)[];
}) {
  return (
    <details class={className}>
      <summary>{summary}</summary>
      <dl>
        {rows.map((row) =>
          row ? (
            <Fragment key={row.label}>
              <dt>{row.label}</dt>
              {row.code ? (
                <dd>
                  <code>{row.value}</code>
                </dd>
              ) : (
                <dd class="bl-tech-detail">{row.value}</dd>
              )}
            </Fragment>
          ) : null,
        )}
      </dl>
    </details>
  );
}
