import type { CatalogueSource } from '../../lib/model/catalogue';

/** The GC Service Inventory file, imported by lib/catalogue/inventory-import.ts. */
export const inventorySources: CatalogueSource[] = [
  {
    id: 'federal-gc-service-inventory',
    publisher: 'Treasury Board of Canada Secretariat',
    title: 'GC Service Inventory, fiscal year 2023-2024 (si_2024.csv, Open Government Portal)',
    url: 'https://open.canada.ca/data/en/dataset/3ac0d080-6149-499a-8b06-7ce5f00ec56c',
    bundled: true,
    checked:
      'Read from the file copied byte for byte (see its PROVENANCE.md): external services only, official EN/FR names, descriptions and department; pages kept only when https and well formed; application counts by channel as the departments reported them',
  },
];
