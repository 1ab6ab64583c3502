import type { ReactNode } from 'react';
import styles from './data-tables.module.css';

/** One column of a data table; the first column's cells are the rows' header cells. */
export interface Column<Row> {
  key: string;
  /** the heading's content: its text, or a sort link */
  header: ReactNode;
  /** aria-sort on the heading when the rows are sorted by this column */
  sort?: 'ascending' | 'descending';
  /** "Points:", shown before each value when the table becomes blocks on a narrow screen (not for the first column) */
  label?: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

/** A totals row: its header and, by column key, its values; a column without one gets an empty cell. */
export interface Footer {
  header: ReactNode;
  cells: Partial<Record<string, { value: ReactNode; testId?: string }>>;
}

function Cell({ label, numeric, testId, children }: { label?: string; numeric?: boolean; testId?: string; children: ReactNode }) {
  return (
    <td role="cell" className={numeric ? styles.number : undefined} data-label={label} data-testid={testId}>
      {children}
    </td>
  );
}

/**
 * A table of figures with a caption, column headings and row headings. Explicit ARIA roles keep its table semantics
 * when a narrow screen shows each row as a block whose cells carry their column's name (data-tables.module.css).
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowData,
  footer,
  testId,
}: {
  caption: ReactNode;
  columns: readonly [Column<Row>, ...Column<Row>[]];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** data-* attributes of a row, for tests and tools that read the figures */
  rowData?: (row: Row) => Record<`data-${string}`, string | number>;
  footer?: Footer;
  testId?: string;
}) {
  const [first, ...rest] = columns;
  return (
    <table className={styles.table} role="table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              role="columnheader"
              className={column.numeric ? styles.number : undefined}
              aria-sort={column.sort}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} role="row" {...rowData?.(row)}>
            <th scope="row" role="rowheader">
              {first.cell(row)}
            </th>
            {rest.map((column) => (
              <Cell key={column.key} label={column.label} numeric={column.numeric}>
                {column.cell(row)}
              </Cell>
            ))}
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot role="rowgroup">
          <tr role="row">
            <th scope="row" role="rowheader">
              {footer.header}
            </th>
            {rest.map((column) => {
              const total = footer.cells[column.key];
              return total ? (
                <Cell key={column.key} label={column.label} numeric={column.numeric} testId={total.testId}>
                  {total.value}
                </Cell>
              ) : (
                <td key={column.key} role="cell" />
              );
            })}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
