import { Button } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { memo, useMemo } from 'react'
import { releaseTypes } from '../../api/contract'
import { FilterFold } from '../../components/filter-fold'
import { FilterSelect } from '../../components/filter-select'
import { SearchField } from '../../components/form/search-field'
import { useFilterOptions } from '../../lib/filter-options'
import { useLanguageChoices } from '../../lib/language-choices'
import { releaseTypeLabels } from '../../lib/release-type-label'
import { LanguagesFilter } from './languages-filter'
import { hasReviewQueueFilters, type ReviewQueueFilters as Filters } from './review-queue-search'

type Props = {
  filters: Filters
  onChange: (patch: Partial<Filters>) => void
  onClear: () => void
}

const typeChoices = {
  options: releaseTypes.map((type) => ({ value: type, label: releaseTypeLabels[type] })),
  pending: false,
}

/** The filters a phone folds away behind its "Filters" button (the search stays in view). */
const foldedKeys = ['language', 'type', 'fieldOperation', 'source'] as const

/** The queue's search and filters, the same pieces as the releases list's; all of them live in the URL. */
export const ReviewQueueFilters = memo(function ReviewQueueFilters({ filters, onChange, onClear }: Props) {
  const options = useFilterOptions()
  const languages = useLanguageChoices()
  // Stable handlers: typing a search word re-renders the search box, not the memoized selects.
  const set = useMemo(
    () => ({
      q: (text: string) => onChange({ q: text || undefined }),
      type: (type: string | undefined) => onChange({ type: type as Filters['type'] }),
      fieldOperation: (fieldOperation: string | undefined) => onChange({ fieldOperation }),
      source: (source: string | undefined) => onChange({ source }),
      language: (language: string | undefined) => onChange({ language }),
    }),
    [onChange],
  )
  return (
    <section aria-label="Filter the queue">
      <FilterFold
        count={foldedKeys.filter((key) => filters[key] !== undefined).length}
        lead={<SearchField placeholder="Title, summary or text" value={filters.q ?? ''} onSearch={set.q} />}
      >
        <LanguagesFilter value={filters.language} {...languages} onChange={set.language} />
        <FilterSelect label="Type" width={170} value={filters.type} {...typeChoices} onChange={set.type} />
        <FilterSelect
          label="Field operation"
          value={filters.fieldOperation}
          {...options.fieldOperations}
          onChange={set.fieldOperation}
        />
        <FilterSelect label="Source" width={320} value={filters.source} {...options.sources} onChange={set.source} />
        {hasReviewQueueFilters(filters) ? (
          <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
            Clear filters
          </Button>
        ) : null}
      </FilterFold>
    </section>
  )
})
