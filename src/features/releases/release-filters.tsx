import { Button, Group } from '@mantine/core'
import { IconAdjustmentsHorizontal, IconX } from '@tabler/icons-react'
import { memo, useId, useMemo, useState } from 'react'
import { noFieldOperation } from '../../api/contract'
import { DateFilter } from './date-filter'
import { useFilterOptions } from '../../lib/filter-options'
import { useLanguageChoices } from '../../lib/language-choices'
import { FilterFold, FilterToggle } from '../../components/filter-fold'
import { FilterSelect } from '../../components/filter-select'
import { hasFilters, type ReleaseFilters as Filters } from './release-search'
import { SearchField } from '../../components/form/search-field'

type Props = {
  filters: Filters
  onChange: (patch: Partial<Filters>) => void
  onClear: () => void
}

/** Less used, so folded away; a link that sets one of them opens the panel. */
const moreFilterKeys = ['language', 'missingLanguage', 'fieldOfWork', 'state', 'fieldOperation', 'author'] as const
const foldedFilterKeys = ['source', 'from', 'to', ...moreFilterKeys] as const

/**
 * The filters above the releases table; all of them live in the URL. Memoized: a new page of
 * rows (or the counts) arriving does not re-render the selects and date pickers.
 */
export const ReleaseFilters = memo(function ReleaseFilters({ filters, onChange, onClear }: Props) {
  const options = useFilterOptions()
  const languages = useLanguageChoices()
  // First among the operations: the releases assigned to none, which an admin looks for to assign them.
  const operationChoices = options.fieldOperations.options
  const fieldOperations = useMemo(
    () => [{ value: noFieldOperation, label: 'No field operation' }, ...operationChoices],
    [operationChoices],
  )
  const panelId = useId()
  const activeMore = moreFilterKeys.filter((key) => filters[key] !== undefined).length
  const [moreOpen, setMoreOpen] = useState(activeMore > 0)
  // One stable handler per filter: typing a search word re-renders the search box, not the
  // selects and date pickers (memoized) whose value and choices stay the same.
  const set = useMemo(() => {
    const setter =
      <K extends keyof Filters>(key: K) =>
      (value: Filters[K]) =>
        onChange({ [key]: value } as Partial<Filters>)
    return {
      q: (text: string) => onChange({ q: text || undefined }),
      source: setter('source'),
      language: setter('language'),
      missingLanguage: setter('missingLanguage'),
      from: setter('from'),
      to: setter('to'),
      fieldOfWork: setter('fieldOfWork'),
      state: setter('state'),
      fieldOperation: setter('fieldOperation'),
      author: setter('author'),
    }
  }, [onChange])

  const moreButton = (
    <FilterToggle
      icon={<IconAdjustmentsHorizontal size={16} aria-hidden />}
      count={activeMore}
      open={moreOpen}
      controls={panelId}
      onToggle={() => setMoreOpen((open) => !open)}
    >
      More filters
    </FilterToggle>
  )
  // Every filter but the search folds away on a phone; its button counts the ones set.
  const folded = foldedFilterKeys.filter((key) => filters[key] !== undefined).length

  return (
    <section aria-label="Filter releases">
      <FilterFold
        count={folded}
        lead={<SearchField placeholder="Title, summary or text" value={filters.q ?? ''} onSearch={set.q} />}
        extra={
          // `hidden` on a plain div: a Group's display: flex would override the attribute. Its
          // selects are drawn only while it is open: the list's first paint does not wait for them.
          <div id={panelId} hidden={!moreOpen}>
            {moreOpen ? (
              <Group align="flex-end" gap="sm">
                <FilterSelect label="Language" value={filters.language} {...languages} onChange={set.language} />
                <FilterSelect
                  label="Missing a translation into"
                  value={filters.missingLanguage}
                  {...languages}
                  onChange={set.missingLanguage}
                />
                <FilterSelect
                  label="Field of work"
                  value={filters.fieldOfWork}
                  {...options.fieldsOfWork}
                  onChange={set.fieldOfWork}
                />
                <FilterSelect label="State" value={filters.state} {...options.states} onChange={set.state} />
                <FilterSelect
                  label="Field operation"
                  value={filters.fieldOperation}
                  {...options.fieldOperations}
                  options={fieldOperations}
                  onChange={set.fieldOperation}
                />
                <FilterSelect label="Author" value={filters.author} {...options.authors} onChange={set.author} />
              </Group>
            ) : null}
          </div>
        }
      >
        <FilterSelect label="Source" width={240} value={filters.source} {...options.sources} onChange={set.source} />
        <DateFilter label="From" value={filters.from} maxDate={filters.to} onChange={set.from} />
        <DateFilter label="To" value={filters.to} minDate={filters.from} onChange={set.to} />
        <Group gap="sm">
          {moreButton}
          {hasFilters(filters) ? (
            <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
              Clear filters
            </Button>
          ) : null}
        </Group>
      </FilterFold>
    </section>
  )
})
