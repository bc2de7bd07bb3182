import { Table } from '@mantine/core'
import { expect, it } from 'vitest'
import { tableClasses } from './table-classes'

it("names the classes of Mantine's Table", () => {
  expect(tableClasses).toEqual(Table.classes)
})
