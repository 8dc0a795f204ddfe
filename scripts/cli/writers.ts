import type { Output } from './args';
import type { Paint } from './colour';
import { csvHeader, csvRows } from '../../lib/export/csv';
import { NOTHING_FOUND, tableDetails, tableHeader, tableRow } from './format-table';
import type { InputResults } from './verify-input';

/** Turns each input's results into text as they come, holding nothing but the table's failure details. */
export interface ResultWriter {
  /** Whether results must come in input order (the pool then keeps a bounded reorder window). */
  ordered: boolean;
  /** Whether results go out whole, as JSON, with their recipient match and trust note (docs/SPEC.md §8). */
  exported: boolean;
  write(entry: InputResults): string;
  /** `aborted`: an input could not be read; close what was opened, claim nothing about what was not checked. */
  end(aborted: boolean): string;
}

export function createWriter(output: Output, paint: Paint, personName?: string): ResultWriter {
  return WRITERS[output](paint, personName);
}

const WRITERS: Record<Output, (paint: Paint, personName?: string) => ResultWriter> = {
  table: tableWriter,
  json: jsonWriter,
  jsonl: () => ({
    ordered: false,
    exported: true,
    write: ({ results }) => results.map((r) => `${JSON.stringify(r)}\n`).join(''),
    end: () => '',
  }),
  csv: csvWriter,
};

function tableWriter(paint: Paint): ResultWriter {
  let rows = 0;
  const details: string[] = [];
  return {
    ordered: false,
    exported: false,
    write({ results, input }) {
      const header = rows === 0 && results.length > 0 ? tableHeader() : '';
      return (
        header +
        results
          .map((r) => {
            rows++;
            const problems = tableDetails(r, rows, paint);
            if (problems) details.push(problems);
            return tableRow(r, paint, input);
          })
          .join('')
      );
    },
    end: (aborted) => (rows === 0 ? (aborted ? '' : NOTHING_FOUND) : details.join('')),
  };
}

/** The same document as `JSON.stringify({ results }, null, 2)`, written a result at a time. */
function jsonWriter(): ResultWriter {
  let count = 0;
  // Split on \n only: a U+2028 inside a string is a line end to a regex but not to JSON.
  const indent = (json: string) =>
    json
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
  return {
    ordered: true,
    exported: true,
    write: ({ results }) =>
      results.map((r) => `${count++ === 0 ? '{\n  "results": [\n' : ',\n'}${indent(JSON.stringify(r, null, 2))}`).join(''),
    end: (aborted) => (count > 0 ? '\n  ]\n}\n' : aborted ? '' : '{\n  "results": []\n}\n'),
  };
}

function csvWriter(_paint: Paint, personName?: string): ResultWriter {
  let started = false;
  const header = () => {
    if (started) return '';
    started = true;
    return csvHeader();
  };
  return {
    ordered: false,
    exported: false,
    write: ({ results, pageUrl }) =>
      results.length > 0 ? header() + results.map((r) => csvRows(r, pageUrl, { personName })).join('') : '',
    end: (aborted) => (aborted && !started ? '' : header()),
  };
}
