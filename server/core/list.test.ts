import { describe, expect, it } from 'vitest'
import { ownFieldComparators, sortItems, type Comparator } from './list'

type Item = { id: string; title: string; n: number }
const tieBreak: Comparator<Item> = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const plainSort = (items: Item[], sort: string, comparators: Record<string, Comparator<Item>>) => {
  const descending = sort.startsWith('-')
  const compare = comparators[descending ? sort.slice(1) : sort]!
  return items.toSorted((a, b) => (descending ? -1 : 1) * (compare(a, b) || tieBreak(a, b)))
}

describe('sortItems with remembered ranks', () => {
  const comparators = ownFieldComparators<Item, Record<string, Comparator<Item>>>(
    { n: (a, b) => a.n - b.n, title: (a, b) => a.title.localeCompare(b.title) },
    tieBreak,
  )
  const items: Item[] = Array.from({ length: 200 }, (_, index) => ({
    id: `item-${String(index).padStart(3, '0')}`,
    title: `t${(index * 37) % 11}`,
    n: (index * 7919) % 13,
  }))

  it('orders every subset, page and direction as a full sort would', () => {
    for (const sort of ['n', '-n', 'title', '-title']) {
      expect(sortItems(items, sort, comparators, tieBreak)).toEqual(plainSort(items, sort, comparators))
      const subset = items.filter((item) => item.n % 3 === 0).toReversed()
      expect(sortItems(subset, sort, comparators, tieBreak)).toEqual(plainSort(subset, sort, comparators))
    }
  })

  it('sorts again when a record was replaced (a write) or added, and when one appears twice', () => {
    sortItems(items, 'n', comparators, tieBreak)
    const replaced = items.map((item, index) => (index === 5 ? { ...item, n: 99 } : item))
    expect(sortItems(replaced, 'n', comparators, tieBreak)).toEqual(plainSort(replaced, 'n', comparators))
    expect(sortItems(replaced, 'n', comparators, tieBreak).at(-1)).toBe(replaced[5])
    const added = [...replaced, { id: 'item-new', title: 'a', n: -1 }]
    expect(sortItems(added, 'n', comparators, tieBreak)[0]!.id).toBe('item-new')
    const twice = [added[3]!, ...added]
    expect(sortItems(twice, 'n', comparators, tieBreak)).toHaveLength(twice.length)
  })

  it('remembers nothing for comparators not declared own-field', () => {
    const other: Record<string, Comparator<Item>> = { n: (a, b) => a.n - b.n }
    expect(sortItems(items, '-n', other, tieBreak)).toEqual(plainSort(items, '-n', other))
  })
})
