import type { Colors } from './terminal.js';

/** One column of a table: its header and how to read a row's cell. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => string;
  /** Right-align (numbers). */
  readonly right?: boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point.
const ANSI = /\x1b\[[0-9;]*m/g;

/** Visible width of a string: ANSI colours do not count. */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - visibleWidth(text)));
  return right ? fill + text : text + fill;
}

/** Lays rows out in aligned columns under a header, two spaces apart; the last column is not padded. */
export function renderTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  colors: Colors,
): string[] {
  const cells = rows.map((row) => columns.map((column) => column.cell(row).replace(/[\r\n\t]+/g, ' ')));
  const widths = columns.map((column, index) =>
    Math.max(visibleWidth(column.header), ...cells.map((row) => visibleWidth(row[index] ?? ''))),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => {
        const last = index === values.length - 1;
        const right = columns[index]?.right === true;
        return last && !right ? value : pad(value, widths[index] ?? 0, right);
      })
      .join('  ')
      .trimEnd();
  return [colors.bold(line(columns.map((column) => column.header))), ...cells.map(line)];
}
