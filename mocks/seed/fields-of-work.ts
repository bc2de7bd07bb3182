import type { FieldOfWork } from '../../src/api/contract'

/** The 23 fields of work in the order of the source page. */
export const seedFieldsOfWork: FieldOfWork[] = [
  { id: 'field-of-work-arms-control', name: 'Arms control', version: 1 },
  { id: 'field-of-work-border-management', name: 'Border management', version: 1 },
  {
    id: 'field-of-work-combating-trafficking-in-human-beings',
    name: 'Combating trafficking in human beings',
    version: 1,
  },
  { id: 'field-of-work-conflict-prevention-and-resolution', name: 'Conflict prevention and resolution', version: 1 },
  { id: 'field-of-work-countering-terrorism', name: 'Countering terrorism', version: 1 },
  { id: 'field-of-work-cyber-ict-security', name: 'Cyber/ICT Security', version: 1 },
  { id: 'field-of-work-democratization', name: 'Democratization', version: 1 },
  { id: 'field-of-work-economic-activities', name: 'Economic activities', version: 1 },
  { id: 'field-of-work-education', name: 'Education', version: 1 },
  { id: 'field-of-work-elections', name: 'Elections', version: 1 },
  { id: 'field-of-work-environmental-activities', name: 'Environmental activities', version: 1 },
  { id: 'field-of-work-gender-equality', name: 'Gender equality', version: 1 },
  { id: 'field-of-work-good-governance', name: 'Good governance', version: 1 },
  { id: 'field-of-work-human-rights', name: 'Human rights', version: 1 },
  { id: 'field-of-work-media-freedom-and-development', name: 'Media freedom and development', version: 1 },
  { id: 'field-of-work-migration', name: 'Migration', version: 1 },
  { id: 'field-of-work-national-minority-issues', name: 'National minority issues', version: 1 },
  { id: 'field-of-work-policing', name: 'Policing', version: 1 },
  {
    id: 'field-of-work-reform-and-co-operation-in-the-security-sector',
    name: 'Reform and co-operation in the security sector',
    version: 1,
  },
  { id: 'field-of-work-roma-and-sinti', name: 'Roma and Sinti', version: 1 },
  { id: 'field-of-work-rule-of-law', name: 'Rule of law', version: 1 },
  { id: 'field-of-work-tolerance-and-non-discrimination', name: 'Tolerance and non-discrimination', version: 1 },
  { id: 'field-of-work-youth', name: 'Youth', version: 1 },
]
