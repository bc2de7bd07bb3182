import { Box, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core'
import { diffArrays, diffWords } from 'diff'
import { type CSSProperties, useId } from 'react'

type Segment = { kind: 'same' | 'added' | 'removed'; text: string }
export type ParagraphDiff = { kind: 'same' | 'changed'; segments: Segment[] }

const blocks = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre'
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Rich text (HTML) as the paragraphs a reader sees, one string each. DOMParser builds an inert
 * document: nothing in it runs or loads. A block holding other blocks (a list item with a
 * paragraph) gives way to them, so no text counts twice.
 */
export function htmlToParagraphs(html: string): string[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const leaves = [...body.querySelectorAll(blocks)].filter((element) => !element.querySelector(blocks))
  const texts = leaves.length > 0 ? leaves.map((element) => element.textContent ?? '') : [body.textContent ?? '']
  return texts.map(tidy).filter(Boolean)
}

const wordDiff = (before: string, after: string): Segment[] =>
  diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))

/**
 * Paragraph by paragraph: paragraphs are matched whole first (diffArrays), then a run of
 * removed paragraphs followed by added ones is read as those paragraphs rewritten, and each
 * pair is compared word by word, which is how a reader would describe the change.
 */
export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphDiff[] {
  const result: ParagraphDiff[] = []
  const changes = diffArrays([...before], [...after])
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!
    if (!change.added && !change.removed) {
      for (const text of change.value) result.push({ kind: 'same', segments: [{ kind: 'same', text }] })
      continue
    }
    const next = changes[i + 1]
    const removed = change.removed ? change.value : []
    const added = change.added ? change.value : change.removed && next?.added ? next.value : []
    if (change.removed && next?.added) i++
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      result.push({ kind: 'changed', segments: wordDiff(removed[k] ?? '', added[k] ?? '') })
    }
  }
  return result
}

const marks: Record<'added' | 'removed', { tag: 'ins' | 'del'; label: string; style: CSSProperties }> = {
  added: {
    tag: 'ins',
    label: 'added',
    style: { textDecoration: 'underline', backgroundColor: 'var(--mantine-color-green-light)' },
  },
  removed: {
    tag: 'del',
    label: 'removed',
    style: { textDecoration: 'line-through', backgroundColor: 'var(--mantine-color-red-light)' },
  },
}

/** What a screen reader hears around marked words: "added", or "only in theirs" beside two versions. */
type MarkLabels = Partial<Record<'added' | 'removed', string>>

function Marked({ segment, labels }: { segment: Segment; labels?: MarkLabels }) {
  if (segment.kind === 'same') return segment.text
  const { tag: Tag, style } = marks[segment.kind]
  const label = labels?.[segment.kind] ?? marks[segment.kind].label
  // Screen readers mostly do not announce <ins>/<del>: the words say it, and the lines show it, not colour alone.
  return (
    <Tag style={style}>
      <VisuallyHidden>[{label}: </VisuallyHidden>
      {segment.text}
      <VisuallyHidden>]</VisuallyHidden>
    </Tag>
  )
}

/**
 * The one explanation of the marks, shown once above one or more diffs; `added` and `removed`
 * name the words when they are not simply added and removed ("Words only in your version").
 */
export function TextDiffLegend({
  added = 'Added words',
  removed = 'removed words',
}: {
  added?: string
  removed?: string
}) {
  return (
    <Text size="xs" c="dimmed">
      {added} are <ins style={marks.added.style}>underlined</ins>, {removed} are{' '}
      <del style={marks.removed.style}>struck through</del>.
    </Text>
  )
}

type Props = {
  /** What the text is: "Title", "Body". */
  label: string
  /** Plain text, or paragraphs (see htmlToParagraphs). */
  before: string | readonly string[]
  after: string | readonly string[]
}

/**
 * What changed between two versions of a text, word by word: the changed paragraphs in full,
 * the unchanged ones counted (the reader has seen them). Nothing when the texts are the same.
 */
export function TextDiff({ label, before, after }: Props) {
  const captionId = useId()
  const paragraphs = diffParagraphs(
    typeof before === 'string' ? [tidy(before)] : before,
    typeof after === 'string' ? [tidy(after)] : after,
  )
  const changed = paragraphs.filter((paragraph) => paragraph.kind === 'changed')
  if (changed.length === 0) return null
  const unchanged = paragraphs.length - changed.length
  return (
    // Named by its caption explicitly: not every accessibility tree takes a figcaption as the name.
    <Stack component="figure" gap={4} m={0} aria-labelledby={captionId}>
      <Text component="figcaption" id={captionId} size="sm" fw={600}>
        {label}
      </Text>
      {changed.map((paragraph, index) => (
        <Text key={index} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {paragraph.segments.map((segment, k) => (
            <Marked key={k} segment={segment} />
          ))}
        </Text>
      ))}
      {unchanged > 0 ? (
        <Text size="xs" c="dimmed">
          {unchanged === 1 ? '1 paragraph unchanged.' : `${unchanged} paragraphs unchanged.`}
        </Text>
      ) : null}
    </Stack>
  )
}

const asParagraphs = (text: string | readonly string[]) => (typeof text === 'string' ? [tidy(text)] : text)

type SidesProps = Props & {
  /** Whose each version is, said above each of its paragraphs: "Theirs: Claire Dubois, 10:42", "Mine: this tab". */
  names: { before: string; after: string }
  /** What a screen reader hears around the marked words: "only in theirs". */
  markLabels: { removed: string; added: string }
  /** The label names the figure without being shown: a heading beside it says it already. */
  labelHidden?: boolean
}

const sideStyle = (kind: 'added' | 'removed'): CSSProperties => ({
  borderInlineStart: `3px solid var(--mantine-color-${kind === 'added' ? 'green' : 'red'}-filled)`,
  paddingInlineStart: 'var(--mantine-spacing-xs)',
})

/**
 * Two versions of a text side by side (stacked on a phone), paragraph beside paragraph and
 * every paragraph in full: nothing is cut off. A paragraph both share is shown once across
 * both; in a changed pair, the words only the first has are struck through on its side and
 * those only the second has are underlined on the other, each side named above its text.
 */
export function TextDiffSides({ label, before, after, names, markLabels, labelHidden = false }: SidesProps) {
  const captionId = useId()
  const paragraphs = diffParagraphs(asParagraphs(before), asParagraphs(after))
  const side = (paragraph: ParagraphDiff, kind: 'added' | 'removed') => {
    const segments = paragraph.segments.filter((segment) => segment.kind === 'same' || segment.kind === kind)
    return (
      <Box style={sideStyle(kind)}>
        <Text size="xs" fw={700}>
          {kind === 'removed' ? names.before : names.after}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {segments.length > 0 ? (
            segments.map((segment, k) => <Marked key={k} segment={segment} labels={markLabels} />)
          ) : (
            <Text span size="sm" fs="italic">
              (no such paragraph)
            </Text>
          )}
        </Text>
      </Box>
    )
  }
  return (
    <Stack
      component="figure"
      gap="xs"
      m={0}
      aria-labelledby={labelHidden ? undefined : captionId}
      aria-label={labelHidden ? label : undefined}
    >
      {labelHidden ? null : (
        <Text component="figcaption" id={captionId} size="sm" fw={600}>
          {label}
        </Text>
      )}
      {paragraphs.length === 0 ? (
        <Text size="sm" fs="italic">
          (empty in both)
        </Text>
      ) : null}
      {paragraphs.map((paragraph, index) =>
        paragraph.kind === 'same' ? (
          <Text key={index} size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {paragraph.segments[0]?.text}
          </Text>
        ) : (
          <SimpleGrid key={index} cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            {side(paragraph, 'removed')}
            {side(paragraph, 'added')}
          </SimpleGrid>
        ),
      )}
    </Stack>
  )
}
