export { COVERAGE_ORDERS, DATED_AFTER_YEARS, computeCoverage, isDated } from './coverage';
export type { Coverage, CoverageGap, CoverageOrderKey, JurisdictionCoverage, NationalCoverage, OrderCoverage } from './coverage';
export { coverageView, formatCount, formatSourceDate, orderLabel } from './view';
export type { CoverageGapView, CoverageOrderView, CoverageSourceView, CoverageView, JurisdictionView, OfficeFinderLink } from './view';
