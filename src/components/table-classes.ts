/**
 * The class names of Mantine's Table and Table.ScrollContainer (its CSS module, which the
 * package does not export on its own): DataTable draws plain elements with them. Importing
 * `Table` only for `Table.classes` would bring ScrollArea and, through it, floating-ui into
 * every list page's first load (decision 0009). table-classes.test.ts checks them against
 * `Table.classes`, so a Mantine upgrade that renames one fails there.
 */
export const tableClasses = {
  table: 'm_b23fa0ef',
  th: 'm_4e7aa4f3',
  tr: 'm_4e7aa4fd',
  td: 'm_4e7aa4ef',
  tbody: 'm_b2404537',
  thead: 'm_b242d975',
  caption: 'm_9e5a3ac7',
  scrollContainer: 'm_a100c15',
  scrollContainerInner: 'm_62259741',
} as const
