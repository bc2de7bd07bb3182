import { Stack, Text, VisuallyHidden } from '@mantine/core'
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

function Marked({ segment }: { segment: Segment }) {
  if (segment.kind === 'same') return segment.text
  const { tag: Tag, label, style } = marks[segment.kind]
  // Screen readers mostly do not announce <ins>/<del>: the words say it, and the lines show it, not colour alone.
  return (
    <Tag style={style}>
      <VisuallyHidden>[{label}: </VisuallyHidden>
      {segment.text}
      <VisuallyHidden>]</VisuallyHidden>
    </Tag>
  )
}

/** The one explanation of the marks, shown once above one or more diffs. */
export function TextDiffLegend() {
  return (
    <Text size="xs" c="dimmed">
      Added words are <ins style={marks.added.style}>underlined</ins>, removed words are{' '}
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
