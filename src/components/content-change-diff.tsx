import { Stack, Text } from '@mantine/core'
import type { ReleaseContent } from '../api/contract'
import { htmlToParagraphs, TextDiff, TextDiffLegend } from './text-diff'

type Props = {
  before: ReleaseContent
  after: ReleaseContent
  /** Said when title, summary and body read the same. */
  sameText?: string
  /** Leave out the legend when one is shown above already. */
  legend?: boolean
}

/**
 * What changed in a release's words between two moments (a reviewer's correction; its author's
 * changes since a request), title, summary and body, word by word within paragraphs, with the
 * one TextDiff. Nothing is cut off: the changed paragraphs show in full.
 */
export function ContentChangeDiff({
  before,
  after,
  sameText = 'Its title, summary and body read as before.',
  legend = true,
}: Props) {
  const texts = [
    { label: 'Title', before: before.title, after: after.title },
    { label: 'Summary', before: before.summary, after: after.summary },
    { label: 'Body', before: htmlToParagraphs(before.body), after: htmlToParagraphs(after.body) },
  ]
  const changed = texts.some((text) => JSON.stringify(text.before) !== JSON.stringify(text.after))
  if (!changed) return <Text size="sm">{sameText}</Text>
  return (
    <Stack gap="xs">
      {legend ? <TextDiffLegend /> : null}
      {texts.map((text) => (
        <TextDiff key={text.label} {...text} />
      ))}
    </Stack>
  )
}
