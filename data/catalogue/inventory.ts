import type { CatalogueOrganization, InventoryDepartment, InventoryMatch, ServiceCategory } from '../../lib/model/catalogue';

/**
 * What Guichet needs to import the GC Service Inventory (data/sources/federal-gc-service-inventory, read by
 * lib/catalogue/inventory-import.ts): the organization of each owning department, and which inventory services are
 * the same as an entry the catalogue already has.
 */

const INVENTORY_SOURCES = ['federal-gc-service-inventory'];

/**
 * Federal departments and agencies that own services in the inventory and were not yet catalogue organizations.
 * Names are the inventory's `owner_org_title` ("English | French"), French apostrophes set as ’, with a leading
 * "The" / "La" dropped so the name reads inside a sentence ("Offered by National Battlefields Commission").
 */
const department = (code: string, id: string, en: string, fr: string, category: ServiceCategory): { code: string; category: ServiceCategory; organization: CatalogueOrganization } => ({
  code,
  category,
  organization: { id, name: { en, fr }, order: 'federal', jurisdiction: 'CA', sources: INVENTORY_SOURCES },
});

/** Category of a department's services: the inventory has no subject classification, so this is our judgement. */
const NEW_DEPARTMENTS = [
  department('aafc-aac', 'gc-aafc', "Agriculture and Agri-Food Canada", "Agriculture et Agroalimentaire Canada", 'business'),
  department('aandc-aadnc', 'gc-cirnac', "Crown-Indigenous Relations and Northern Affairs Canada", "Relations Couronne-Autochtones et Affaires du Nord Canada", 'community-recreation'),
  department('acoa-apeca', 'gc-acoa', "Atlantic Canada Opportunities Agency", "Agence de promotion économique du Canada atlantique", 'business'),
  department('atssc-scdata', 'gc-atssc', "Administrative Tribunals Support Service of Canada", "Service canadien d’appui aux tribunaux administratifs", 'income-support'),
  department('cannor', 'gc-cannor', "Canadian Northern Economic Development Agency", "Agence canadienne de développement économique du Nord", 'business'),
  department('cas-satj', 'gc-cas', "Courts Administration Service", "Service administratif des tribunaux judiciaires", 'business'),
  department('cb-cda', 'gc-cb', "Copyright Board Canada", "Commission du droit d’auteur du Canada", 'business'),
  department('cbsa-asfc', 'gc-cbsa', "Canada Border Services Agency", "Agence des services frontaliers du Canada", 'immigration-citizenship'),
  department('ccohs-cchst', 'gc-ccohs', "Canadian Centre for Occupational Health and Safety", "Centre canadien d’hygiène et de sécurité au travail", 'employment'),
  department('ced-dec', 'gc-ced', "Canada Economic Development for Quebec Regions", "Développement économique Canada pour les régions du Québec", 'business'),
  department('cer-rec', 'gc-cer', "Canada Energy Regulator", "Régie de l’énergie du Canada", 'business'),
  department('cfia-acia', 'gc-cfia', "Canadian Food Inspection Agency", "Agence canadienne d’inspection des aliments", 'business'),
  department('cgc-ccg', 'gc-cgc', "Canadian Grain Commission", "Commission canadienne des grains", 'business'),
  department('chrc-ccdp', 'gc-chrc', "Canadian Human Rights Commission", "Commission canadienne des droits de la personne", 'employment'),
  department('cics-scic', 'gc-cics', "Canadian Intergovernmental Conference Secretariat", "Secrétariat des conférences intergouvernementales canadiennes", 'business'),
  department('cihr-irsc', 'gc-cihr', "Canadian Institutes of Health Research", "Instituts de recherche en santé du Canada", 'education'),
  department('cnsc-ccsn', 'gc-cnsc', "Canadian Nuclear Safety Commission", "Commission canadienne de sûreté nucléaire", 'business'),
  department('cpc-cpp', 'gc-crcc', "Civilian Review and Complaints Commission for the RCMP", "Commission civile d’examen et de traitement des plaintes relatives à la Gendarmerie royale du Canada", 'emergencies'),
  department('crtc', 'gc-crtc', "Canadian Radio-television and Telecommunications Commission", "Conseil de la radiodiffusion et des télécommunications canadiennes", 'business'),
  department('csa-asc', 'gc-csa', "Canadian Space Agency", "Agence spatiale canadienne", 'education'),
  department('csc-scc', 'gc-csc', "Correctional Service of Canada", "Service correctionnel du Canada", 'emergencies'),
  department('csec-cstc', 'gc-cse', "Communications Security Establishment Canada", "Centre de la sécurité des télécommunications Canada", 'emergencies'),
  department('cta-otc', 'gc-cta', "Canadian Transportation Agency", "Office des transports du Canada", 'transportation'),
  department('dfo-mpo', 'gc-dfo', "Fisheries and Oceans Canada", "Pêches et Océans Canada", 'business'),
  department('dnd-mdn', 'gc-dnd', "National Defence", "Défense nationale", 'employment'),
  department('ec', 'gc-eccc', "Environment and Climate Change Canada", "Environnement et Changement climatique Canada", 'business'),
  department('fcac-acfc', 'gc-fcac', "Financial Consumer Agency of Canada", "Agence de la consommation en matière financière du Canada", 'income-support'),
  department('feddevontario', 'gc-feddevontario', "Federal Economic Development Agency for Southern Ontario", "Agence fédérale de développement économique pour le Sud de l’Ontario", 'business'),
  department('fednor', 'gc-fednor', "Federal Economic Development Agency for Northern Ontario", "Agence fédérale de développement économique pour le Nord de l’Ontario", 'business'),
  department('fin', 'gc-finance', "Department of Finance Canada", "Ministère des Finances Canada", 'taxes'),
  department('fintrac-canafe', 'gc-fintrac', "Financial Transactions and Reports Analysis Centre of Canada", "Centre d’analyse des opérations et déclarations financières du Canada", 'business'),
  department('fja-cmf', 'gc-fja', "Office of the Commissioner for Federal Judicial Affairs Canada", "Commissariat à la magistrature fédérale Canada", 'business'),
  department('fpcc-cpac', 'gc-fpcc', "Farm Products Council of Canada", "Conseil des produits agricoles du Canada", 'business'),
  department('iaac-aeic', 'gc-iaac', "Impact Assessment Agency of Canada", "Agence d’évaluation d’impact du Canada", 'business'),
  department('infc', 'gc-hicc', "Department of Housing, Infrastructure and Communities", "Ministère du Logement, de l’Infrastructure et des Collectivités", 'housing'),
  department('irb-cisr', 'gc-irb', "Immigration and Refugee Board of Canada", "Commission de l’immigration et du statut de réfugié du Canada", 'immigration-citizenship'),
  department('isc-sac', 'gc-isc', "Indigenous Services Canada", "Services aux Autochtones Canada", 'health'),
  department('jus', 'gc-justice', "Department of Justice Canada", "Ministère de la Justice Canada", 'family-children'),
  department('lac-bac', 'gc-lac', "Library and Archives Canada", "Bibliothèque et Archives Canada", 'education'),
  department('mpcc-cppm', 'gc-mpcc', "Military Police Complaints Commission of Canada", "Commission d’examen des plaintes concernant la police militaire du Canada", 'emergencies'),
  department('nbc-ccbn', 'gc-nbc', "National Battlefields Commission", "Commission des champs de bataille nationaux", 'community-recreation'),
  department('nfb-onf', 'gc-nfb', "National Film Board", "Office national du film", 'community-recreation'),
  department('nrc-cnrc', 'gc-nrc', "National Research Council Canada", "Conseil national de recherches Canada", 'business'),
  department('nrcan-rncan', 'gc-nrcan', "Natural Resources Canada", "Ressources naturelles Canada", 'business'),
  department('nserc-crsng', 'gc-nserc', "Natural Sciences and Engineering Research Council of Canada", "Conseil de recherches en sciences naturelles et en génie du Canada", 'education'),
  department('nsira-ossnr', 'gc-nsira', "National Security and Intelligence Review Agency", "Office de surveillance des activités en matière de sécurité nationale et de renseignement", 'emergencies'),
  department('oag-bvg', 'gc-oag', "Office of the Auditor General of Canada", "Bureau du vérificateur général du Canada", 'business'),
  department('oci-bec', 'gc-oci', "Correctional Investigator Canada", "L’Enquêteur correctionnel Canada", 'emergencies'),
  department('opc-cpvp', 'gc-opc', "Office of the Privacy Commissioner of Canada", "Commissariat à la protection de la vie privée du Canada", 'business'),
  department('osfi-bsif', 'gc-osfi', "Office of the Superintendent of Financial Institutions Canada", "Bureau du surintendant des institutions financières Canada", 'business'),
  department('pacifican', 'gc-pacifican', "Pacific Economic Development Canada", "Développement économique Canada pour le Pacifique", 'business'),
  department('pbc-clcc', 'gc-pbc', "Parole Board of Canada", "Commission des libérations conditionnelles du Canada", 'emergencies'),
  department('pc', 'gc-parks-canada', "Parks Canada", "Parcs Canada", 'community-recreation'),
  department('pch', 'gc-pch', "Canadian Heritage", "Patrimoine canadien", 'community-recreation'),
  department('pco-bcp', 'gc-pco', "Privy Council Office", "Bureau du Conseil privé", 'business'),
  department('phac-aspc', 'gc-phac', "Public Health Agency of Canada", "Agence de la santé publique du Canada", 'health'),
  department('pmprb-cepmb', 'gc-pmprb', "Patented Medicine Prices Review Board Canada", "Conseil d’examen du prix des médicaments brevetés Canada", 'health'),
  department('polar-polaire', 'gc-polar', "Polar Knowledge Canada", "Savoir polaire Canada", 'education'),
  department('ppsc-sppc', 'gc-ppsc', "Public Prosecution Service of Canada", "Service des poursuites pénales du Canada", 'emergencies'),
  department('prairiescan', 'gc-prairiescan', "Prairies Economic Development Canada", "Développement économique Canada pour les Prairies", 'business'),
  department('psc-cfp', 'gc-psc', "Public Service Commission of Canada", "Commission de la fonction publique du Canada", 'employment'),
  department('pwgsc-tpsgc', 'gc-pspc', "Public Services and Procurement Canada", "Services publics et Approvisionnement Canada", 'business'),
  department('rcmp-grc', 'gc-rcmp', "Royal Canadian Mounted Police", "Gendarmerie royale du Canada", 'emergencies'),
  department('sshrc-crsh', 'gc-sshrc', "Social Sciences and Humanities Research Council of Canada", "Conseil de recherches en sciences humaines du Canada", 'education'),
  department('statcan', 'gc-statcan', "Statistics Canada", "Statistique Canada", 'business'),
  department('tbs-sct', 'gc-tbs', "Treasury Board of Canada Secretariat", "Secrétariat du Conseil du Trésor du Canada", 'business'),
  department('tc', 'gc-tc', "Transport Canada", "Transports Canada", 'transportation'),
  department('vrab-tacra', 'gc-vrab', "Veterans Review and Appeal Board", "Tribunal des anciens combattants (révision et appel)", 'veterans'),
  department('wage', 'gc-wage', "Women and Gender Equality Canada", "Femmes et Égalité des genres Canada", 'community-recreation'),
];

export const inventoryOrganizations: CatalogueOrganization[] = NEW_DEPARTMENTS.map((entry) => entry.organization);

/** Inventory `owner_org` code → catalogue organization and the category given to its services. */
export const INVENTORY_DEPARTMENTS: Record<string, InventoryDepartment> = {
  // Departments the catalogue already had (their names in organizations.ts are the inventory's too).
  'esdc-edsc': { organizationId: 'gc-esdc', category: 'income-support' },
  'cra-arc': { organizationId: 'gc-cra', category: 'taxes' },
  cic: { organizationId: 'gc-ircc', category: 'immigration-citizenship' },
  'vac-acc': { organizationId: 'gc-vac', category: 'veterans' },
  'hc-sc': { organizationId: 'gc-hc', category: 'health' },
  'ps-sp': { organizationId: 'gc-ps', category: 'emergencies' },
  ic: { organizationId: 'gc-ised', category: 'business' },
  'dfatd-maecd': { organizationId: 'gc-gac', category: 'business' },
  ...Object.fromEntries(NEW_DEPARTMENTS.map((entry) => [entry.code, { organizationId: entry.organization.id, category: entry.category }])),
};

const match = (recordId: string, catalogueId: string, note: string): InventoryMatch => ({ recordId, catalogueId, note });

/**
 * Inventory services that ARE an entry the catalogue already has (curated in services-federal.ts, or imported from
 * the VAC Benefits Directory): they are not imported again; the first record listed for an entry is attached to it
 * (record id and application figures), the others are absorbed. Decided one by one from the names, descriptions and
 * pages, never by fuzzy matching. Inventory services that only overlap a curated entry (GST/HST returns vs. a GST/HST
 * account, the National Office for Victims vs. help for victims of crime) are not listed and stay separate entries.
 */
export const INVENTORY_MATCHES: readonly InventoryMatch[] = [
  // Employment and Social Development Canada
  match('1003', 'employment-insurance', 'Employment Insurance (EI) Benefits; covers the EI maternity, parental, sickness and caregiving entries too'),
  match('7', 'canada-pension-plan', 'Canada Pension Plan (CPP) Benefits (retirement, survivor and death benefits)'),
  match('991', 'cpp-disability-benefits', 'Canada Pension Plan Disability Benefits'),
  match('1001', 'old-age-security', 'Old Age Security (OAS) Benefits (OAS, GIS and Allowances in one record)'),
  match('1292', 'social-insurance-number', 'Provision of a Social Insurance Number'),
  match('1296', 'canada-student-loans-grants', 'Canada Student Grants and Canada Student Loans'),
  match('1322', 'education-savings', 'Canada Education Savings Grant and Canada Learning Bond'),
  match('1293', 'job-bank', 'Job Bank - Find a Job'),
  // Passports: IRCC owns the program (the curated entry's organization); ESDC reports the same issuance as Service Canada.
  match('SRV03049', 'passport', 'Passports & Travel Documents (IRCC)'),
  match('1242', 'passport', 'Canadian Passport (ESDC / Service Canada delivery of the same passports)'),
  match('SRV03050', 'passport', 'Passport Administrative Services (IRCC)'),
  // Canadian Dental Care Plan: Health Canada owns the plan (the curated entry's organization); ESDC verifies eligibility.
  match('3604', 'canadian-dental-care-plan', 'Canadian Dental Care Plan eligibility verification and enrollment (Health Canada)'),
  match('3602', 'canadian-dental-care-plan', 'Canadian Dental Care Plan Eligibility Verification and Information (ESDC)'),
  // Canada Revenue Agency
  match('1107', 'canada-child-benefit', 'Canada child benefit (CCB) applications'),
  match('1108', 'gst-hst-credit', 'Tax Credit Application: its page is the GST/HST credit page'),
  match('1146', 'disability-tax-credit', 'Disability Tax Credit'),
  match('1097', 'income-tax-return', 'Individual Income Tax Returns'),
  match('1116', 'business-number', 'Business Number (BN) Registration'),
  // Immigration, Refugees and Citizenship Canada
  match('SRV03048', 'canadian-citizenship', 'Grant of Citizenship'),
  match('SRV03051', 'work-permit', 'Work Permit'),
  match('1428', 'study-permit', 'Study Permit'),
  match('1457', 'refugee-protection', 'In-Canada Asylum Claim'),
  match('2132', 'newcomer-settlement-services', 'Settlement Program Transfer Payments (the settlement services newcomers use)'),
  // Other departments
  match('1243', 'small-business-financing', 'Canada Small Business Financing Program (CSBFP)'),
  match('1856', 'emergency-assistance-abroad', 'Consular Assistance and Services for Canadians Abroad'),
  // Veterans Affairs Canada: the same benefits as the VAC Benefits Directory entries (vac-import.ts)
  match('1257', 'vac-disability-benefits', 'Disability Pension and Pain and Suffering Compensation'),
  match('2005', 'vac-additional-pain-and-suffering-compensation', 'Additional Pain and Suffering Compensation'),
  match('1264', 'vac-attendance-allowance', 'Attendance Allowance'),
  match('1368', 'vac-canadian-forces-income-support', 'Canadian Forces Income Support Benefit'),
  match('1283', 'vac-career-transition-services', 'Career Transition Services'),
  match('1527', 'vac-case-management', 'Case Management'),
  match('SRV03063', 'vac-clothing-allowance', 'Clothing Allowance'),
  match('1325', 'vac-critical-injury-benefit', 'Critical Injury Benefit'),
  match('1272', 'vac-educational-assistance-for-children', 'Educational Assistance for Children'),
  match('1284', 'vac-veterans-emergency-fund', 'Emergency Financial Support for Veterans (its page is the Veterans Emergency Fund)'),
  match('1262', 'vac-exceptional-incapacity-allowance', 'Exceptional Incapacity Allowance'),
  match('1628', 'vac-caregiver-recognition-benefit', 'Financial Recognition for Veterans’ Caregivers (its page is the Caregiver Recognition Benefit)'),
  match('1269', 'vac-long-term-care', 'Financial Support for Long Term Care'),
  match('1532', 'vac-education-and-training-benefit', 'Funds to Support Education and Training for Veterans (its page is the Education and Training Benefit)'),
  match('1281', 'vac-funeral-and-burial-assistance', 'Funeral and Burial'),
  match('1270', 'vac-treatment-benefits', 'Healthcare Costs and Supports (its page is Treatment Benefits)'),
  match('1996', 'vac-income-replacement-benefit', 'Income Replacement Benefit'),
  match('1419', 'vac-rehabilitation-services', 'Rehabilitation Services and Vocational Assistance'),
  match('1286', 'vac-veteran-and-family-well-being-fund', 'Veteran and Family Well-being Fund'),
  match('1633', 'vac-veteran-family-program', 'Veteran Family Program'),
  match('1271', 'vac-veterans-independence-program', 'Veterans Independence Grants & Reimbursements (Veterans Independence Program)'),
  match('1273', 'vac-war-veterans-allowance-wva', 'War Veterans Allowance'),
  match('1277', 'vac-grave-marker-maintenance', 'Care and Maintenance of Veterans’ Graves (its page is grave marker maintenance)'),
];
