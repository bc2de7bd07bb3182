import { Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useMemo, useState } from 'react'
import type { Release } from '../../api/contract'
import { releaseQueries } from '../../api/releases'
import { ProblemAlert } from '../../components/problem-alert'
import { AnchorLink } from '../../components/router-links'
import { SafeHtml } from '../../components/safe-html'
import { useLanguages } from '../../lib/language-names'
import { bodyBlocks } from './original-blocks'
import { StaleTranslation } from './stale-translation'
import classes from './original-beside.module.css'

/**
 * Beside a translation's form (folded on a phone, above it): the original, read-only, title, summary and body paragraph by
 * paragraph in its own language, and, when it changed since the translation was made, what changed.
 */
export function OriginalBeside({ release }: { release: Release }) {
  const languages = useLanguages()
  const original = useQuery({ ...releaseQueries.detail(release.originalId ?? ''), enabled: !!release.originalId })
  // Open beside the form; folded on a phone, where it comes before the form and would push it down.
  const [openAtFirst] = useState(() => window.matchMedia('(min-width: 62em)').matches)
  if (!release.originalId) return null
  const name = original.data ? languages.nameOf(original.data.language) : ''
  return (
    <Stack gap="sm">
      {/* Which version this form writes: a translator must never wonder (decision 0020). */}
      <Text size="sm" fw={600}>
        You are writing the {languages.nameOf(release.language)} translation.
      </Text>
      <StaleTranslation release={release} canConfirm={false} />
      <Paper component="details" withBorder p="md" open={openAtFirst}>
        <summary style={{ cursor: 'pointer' }}>
          <Title order={2} size="h4" display="inline">
            The original{name ? `, in ${name}` : ''}
          </Title>
        </summary>
        {original.data ? (
          <Stack gap="xs" mt="xs" lang={original.data.language}>
            <Text size="sm" c="dimmed" lang="en">
              Read-only.{' '}
              <AnchorLink to="/releases/$id" params={{ id: original.data.id }} size="sm" underline="always">
                Its page
              </AnchorLink>
            </Text>
            <OriginalFields release={original.data} />
          </Stack>
        ) : original.isError ? (
          <ProblemAlert error={original.error} title="The original could not be loaded" reading kept={null} />
        ) : (
          <Text size="sm" c="dimmed" mt="xs">
            Loading the original…
          </Text>
        )}
      </Paper>
    </Stack>
  )
}

/** The sections are named as the form's fields are, and the body's blocks numbered: the translator keeps their place. */
function OriginalFields({ release }: { release: Release }) {
  const blocks = useMemo(() => bodyBlocks(release.body), [release.body])
  return (
    <>
      <Section label="Title">
        <Text fw={600}>{release.title}</Text>
      </Section>
      {release.summary ? (
        <Section label="Summary">
          <Text size="sm">{release.summary}</Text>
        </Section>
      ) : null}
      <Section label={`Body, ${blocks.length} ${blocks.length === 1 ? 'paragraph' : 'paragraphs'}`}>
        <ol className={classes.blocks}>
          {blocks.map((block, index) => (
            // oxlint-disable-next-line react/no-array-index-key -- a block's place is what it is known by
            <li key={index}>
              <SafeHtml html={block} fz="sm" />
            </li>
          ))}
        </ol>
      </Section>
    </>
  )
}

function Section({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={`${label} of the original`}>
      <Text size="xs" c="dimmed" fw={600} lang="en">
        {label}
      </Text>
      {children}
    </section>
  )
}
