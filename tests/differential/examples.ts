/**
 * Sequences the differential test always runs before its random ones: each once told the two
 * sides apart (found by the random runs or while building them), kept so that they stay alike.
 */
import type { Command } from './commands'

const draft = (title: string) => ({
  type: 'news-item',
  title,
  dateline: { place: 'Vienna', date: '2026-11-20' },
  body: '<p>The OSCE today met experts.</p>',
  sourceIds: ['structure-odihr'],
})
const editor = 0
const reviewer = 3

export const examples: Command[][] = [
  // Two releases due at one instant, scheduled in the other order than created: the mock published
  // them in the order they were scheduled, the server by id, and the author's inbox listed their
  // notifications otherwise (fixed in mocks/storage/memory-storage.ts, `due`).
  [
    { kind: 'create', as: editor, body: draft('First') },
    { kind: 'create', as: editor, body: draft('Second') },
    { kind: 'transition', as: 'author', release: { created: 1 }, action: 'submit', version: 'current' },
    { kind: 'transition', as: 'author', release: { created: 0 }, action: 'submit', version: 'current' },
    ...[0, 1].map((created): Command => ({
      kind: 'transition',
      as: reviewer,
      release: { created },
      action: 'approve',
      publishAt: '2026-12-01T09:00:00.000Z',
      version: 'current',
    })),
    { kind: 'wait', hours: 240 },
    { kind: 'inbox', as: editor, query: {} },
  ],
  // A draft original deleted under its translations: the family's first translation by language
  // code stands for it in the list by family, with no filter (the server's indexed path for the
  // app's first page) and with one.
  [
    { kind: 'create', as: editor, body: draft('Orphaned original') },
    { kind: 'translate', as: editor, release: { created: 0 }, language: 'fr' },
    { kind: 'translate', as: editor, release: { created: 1 }, language: 'de' },
    { kind: 'delete', as: editor, release: { created: 2 } },
    { kind: 'list', as: editor, query: { group: 'family' } },
    { kind: 'list', as: editor, query: { group: 'family', sort: 'title' } },
    { kind: 'list', as: editor, query: { group: 'family', status: 'draft' } },
    { kind: 'counts', as: editor, query: { group: 'family' } },
  ],
]
