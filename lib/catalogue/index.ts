export { getCatalogue, getLifeEvent, getService, listLifeEvents, listServices } from './catalogue';
export type {
  GovernmentGroup,
  LifeEventDetail,
  LifeEventSummary,
  ListServicesOptions,
  ServiceDetail,
  ServiceSummary,
  SourceView,
} from './catalogue';
export { deliveryPointsFor } from './delivery';
export type { DeliveryPoints, DeliverySnapshot } from './delivery';
export { catalogueSearchEntries } from './search-entries';
export type { CatalogueSearchEntry } from './search-entries';
export type { Bilingual, CatalogueService, LifeEvent, Synonyms } from '../model/catalogue';
