import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable } from './DataTable';

const ROWS = [
  { code: 'QC', name: 'Québec', points: '1 204', model: 'Services Québec' },
  { code: 'NU', name: 'Nunavut', points: '31', model: 'Government Liaison Offices' },
];

const html = renderToStaticMarkup(
  <DataTable
    testId="points"
    caption="Points by province"
    rows={ROWS}
    rowKey={(row) => row.code}
    rowData={(row) => ({ 'data-province': row.code })}
    columns={[
      { key: 'name', header: 'Province', cell: (row) => row.name },
      { key: 'model', header: 'Model', label: 'Model:', cell: (row) => row.model },
      {
        key: 'points',
        header: <a href="?sort=points">Points</a>,
        sort: 'descending',
        label: 'Points:',
        numeric: true,
        cell: (row) => row.points,
      },
    ]}
    footer={{ header: 'Total', cells: { points: { value: '1 235', testId: 'total-points' } } }}
  />,
);

describe('DataTable', () => {
  it('keeps table semantics with explicit roles, a caption and scoped headers', () => {
    expect(html).toMatch(
      /^<table class="[^"]+" role="table" data-testid="points"><caption>Points by province<\/caption><thead role="rowgroup"><tr role="row">/,
    );
    expect(html).toContain('<th scope="col" role="columnheader">Province</th>');
    expect(html).toMatch(
      /<th scope="col" role="columnheader" class="[^"]+" aria-sort="descending"><a href="\?sort=points">Points<\/a><\/th>/,
    );
  });

  it('makes the first column the row header and labels the other cells for narrow screens', () => {
    expect(html).toMatch(
      /<tr role="row" data-province="QC"><th scope="row" role="rowheader">Québec<\/th><td role="cell" data-label="Model:">Services Québec<\/td><td role="cell" class="[^"]+" data-label="Points:">1 204<\/td><\/tr>/,
    );
    expect(html.match(/role="rowheader"/g)).toHaveLength(3);
  });

  it('puts totals in a footer row, an empty cell where a column has none', () => {
    expect(html).toMatch(
      /<tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Total<\/th><td role="cell"><\/td><td role="cell" class="[^"]+" data-label="Points:" data-testid="total-points">1 235<\/td><\/tr><\/tfoot><\/table>$/,
    );
  });
});
