import '@mantine/core/styles/DataList.css'
import { DataList, Stack, Text, Title } from '@mantine/core'
import type { Release } from '../../api/contract'
import { SafeHtml } from '../../components/safe-html'
import { formatDate, formatDateline, joinNames } from '../../lib/format'
import { releaseTypeLabels } from '../../lib/release-type-label'

/** What the public page shows of a release; the editor's live preview passes its form values. */
export type ArticleRelease = Pick<Release, 'type' | 'title' | 'dateline' | 'body'> & {
  /** Named as the public page names them: "OSCE Programme Office in Dushanbe". */
  sources: { name: string }[]
  /** Its language's code: the article's `lang`, so that a screen reader reads it in that language. */
  language?: string
}

/**
 * A release laid out as the public OSCE page lays it out: type, title, Date / Place /
 * Source, then the body, whose first paragraph opens with the dateline.
 */
export function ReleaseArticle({ release }: { release: ArticleRelease }) {
  const { type, title, dateline, body, sources, language } = release
  return (
    <Stack component="article" gap="md" maw="46rem" lang={language}>
      <Stack gap={4}>
        <Text tt="uppercase" fw={600} size="sm" c="dimmed">
          {releaseTypeLabels[type]}
        </Text>
        <Title order={1} size="h2">
          {title}
        </Title>
      </Stack>
      <DataList size="sm" gap={4} labelWidth="6rem" aria-label="Release details">
        <DataList.Item>
          <DataList.ItemLabel>Date:</DataList.ItemLabel>
          <DataList.ItemValue>{formatDate(dateline.date, language)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Place:</DataList.ItemLabel>
          <DataList.ItemValue>{dateline.place.toLocaleUpperCase(language ?? 'en')}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Source:</DataList.ItemLabel>
          <DataList.ItemValue>{joinNames(sources)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <SafeHtml html={body} leadingText={`${formatDateline(dateline, language)} — `} />
    </Stack>
  )
}
