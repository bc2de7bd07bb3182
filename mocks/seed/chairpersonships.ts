import type { StoredChairpersonship } from '../../server/core/records'

/** One chairpersonship a year, 2019–2026, with the Chair-in-Office of that year. */
export const seedChairpersonships: StoredChairpersonship[] = [
  {
    id: 'chairpersonship-2019',
    year: 2019,
    stateId: 'state-sk',
    chairInOffice: {
      name: 'Miroslav Lajčák',
      title: 'Minister of Foreign and European Affairs of the Slovak Republic',
    },
    version: 1,
  },
  {
    id: 'chairpersonship-2020',
    year: 2020,
    stateId: 'state-al',
    chairInOffice: {
      name: 'Edi Rama',
      title: 'Prime Minister and Minister for Europe and Foreign Affairs of Albania',
    },
    version: 1,
  },
  {
    id: 'chairpersonship-2021',
    year: 2021,
    stateId: 'state-se',
    chairInOffice: {
      name: 'Ann Linde',
      title: 'Minister for Foreign Affairs of Sweden',
    },
    version: 1,
  },
  {
    id: 'chairpersonship-2022',
    year: 2022,
    stateId: 'state-pl',
    chairInOffice: {
      name: 'Zbigniew Rau',
      title: 'Minister of Foreign Affairs of Poland',
    },
    version: 1,
  },
  {
    id: 'chairpersonship-2023',
    year: 2023,
    stateId: 'state-mk',
    chairInOffice: {
      name: 'Bujar Osmani',
      title: 'Minister of Foreign Affairs of North Macedonia',
    },
    version: 1,
  },
  {
    id: 'chairpersonship-2024',
    year: 2024,
    stateId: 'state-mt',
    chairInOffice: {
      name: 'Ian Borg',
      title: 'Minister for Foreign and European Affairs and Trade of Malta',
    },
    version: 1,
  },
  {
    id: 'chairpersonship-2025',
    year: 2025,
    stateId: 'state-fi',
    chairInOffice: {
      name: 'Elina Valtonen',
      title: 'Minister for Foreign Affairs of Finland',
    },
    version: 1,
  },
  {
    id: 'chairpersonship-2026',
    year: 2026,
    stateId: 'state-ch',
    chairInOffice: {
      name: 'Ignazio Cassis',
      title: 'Federal Councillor and Head of the Federal Department of Foreign Affairs of Switzerland',
    },
    version: 1,
  },
]
