import type { StoredStructure } from '../../server/core/records'
import { slugify } from './slugify'

/** Ids are the slug of the name, or the usual abbreviation where the name is long. */
const structure = (name: string, kind: StoredStructure['kind'], short?: string): StoredStructure => ({
  id: `structure-${short ?? slugify(name)}`,
  name,
  kind,
  sourceName: `OSCE ${name}`,
  version: 1,
})

/**
 * The structures a release can name as its source, except the field operations: the
 * handlers derive those from the field operations (see handlers/structures.ts).
 */
export const seedStructures: StoredStructure[] = [
  structure('Chairpersonship', 'chairpersonship'),
  structure('Secretary General', 'secretariat'),
  structure('Office of the Secretary General', 'secretariat'),
  structure('Conflict Prevention Centre', 'secretariat'),
  structure('Transnational Threats Department', 'secretariat'),
  structure(
    'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
    'secretariat',
    'osr-cthb',
  ),
  structure('Office of the Co-ordinator of OSCE Economic and Environmental Activities', 'secretariat', 'oceea'),
  structure('Gender Issues Programme', 'secretariat'),
  structure('Opportunities for Youth', 'secretariat'),
  structure('Department of Human Resources', 'secretariat'),
  structure('Department of Management and Finance', 'secretariat'),
  structure('Office of Internal Oversight', 'secretariat'),
  structure('Documentation Centre in Prague', 'secretariat'),
  structure('Office for Democratic Institutions and Human Rights', 'institution', 'odihr'),
  structure('High Commissioner on National Minorities', 'institution', 'hcnm'),
  structure('Representative on Freedom of the Media', 'institution', 'rfom'),
  structure('Parliamentary Assembly', 'other'),
  structure('Court of Conciliation and Arbitration', 'other'),
]
