import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'

/**
 * The press release of the source page, verbatim. The first paragraph is stored without
 * the 'DUSHANBE, 26 June 2024 — ' dateline: the app renders the dateline itself.
 */
export const seedPressReleaseParagraphs = [
  'Today, OSCE Chair-in-Office, Minister for Foreign and European Affairs and Trade of Malta Ian Borg, concluded his visit to Tajikistan, reaffirming the OSCE’s long-standing co-operative relationship with the country.',
  'In Dushanbe, Chair-in-Office Borg met with President Emomali Rahmon and Minister of Foreign Affairs Sirojiddin Muhriddin. “Our efforts in Tajikistan cover a wide range of issues, from countering violent extremism to combating trafficking in human beings and promoting human rights, including gender equality,” he stated.',
  'Minister Borg also met with Colonel-General Rajabali Rahmonali, Commander of Tajikistan’s Border Troops, and visited the Border Management Staff College, a center of academic excellence for border management professionals. He emphasized the importance of regional security initiatives to address joint challenges effectively, such as the ‘Stabilization of Tajikistan’s Southern Border Region with Afghanistan’ project, implemented by the OSCE Programme Office in Dushanbe, and the high-quality training provided by the Border Management Staff College.',
  'During his visit to the Programme Office, Minister Borg met with OSCE staff, led by the newly appointed Head of Mission, Ambassador Willy Kempel, and commended their dedication and professionalism. Marking the OSCE’s 30-year presence in Tajikistan, he affirmed, “The Maltese Chairpersonship is working to enhance the OSCE’s role and elevate its engagement in Central Asia by building on the achievements of our strong co-operation.”',
  'During his meeting with civil society representatives, Minister Borg highlighted their crucial role in implementing OSCE commitments in Tajikistan. “A free and independent civil society is essential for ensuring full respect for human rights, fundamental freedoms, democracy, and the rule of law,” he stated.',
]

export const seedPressRelease: StoredRelease = {
  id: 'release-borg-tajikistan',
  type: 'press-release',
  title:
    'OSCE Chair-in-Office Borg concludes visit to Tajikistan, stresses importance of regional responses to common challenges',
  language: 'en',
  dateline: { place: 'Dushanbe', date: '2024-06-26' },
  summary: seedPressReleaseParagraphs[0]!,
  body: seedPressReleaseParagraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n'),
  sourceIds: ['structure-chairpersonship', 'structure-field-operation-programme-office-in-dushanbe'],
  fieldOfWorkIds: [
    'field-of-work-border-management',
    'field-of-work-countering-terrorism',
    'field-of-work-combating-trafficking-in-human-beings',
    'field-of-work-human-rights',
    'field-of-work-gender-equality',
  ],
  stateIds: ['state-tj'],
  fieldOperationIds: ['field-operation-programme-office-in-dushanbe'],
  status: 'published',
  scheduledAt: null,
  publishedAt: '2024-06-26T10:00:00.000Z',
  submittedAt: '2024-06-25T16:40:00.000Z',
  authorId: 'user-editor-jonas',
  createdAt: '2024-06-25T15:20:00.000Z',
  updatedAt: '2024-06-26T10:00:00.000Z',
  // Claire approved it, and it went out at once: the last editorial change is hers.
  updatedById: 'user-reviewer-claire',
  version: 4,
}

const entry = (
  index: number,
  values: Omit<StoredHistoryEntry, 'id' | 'releaseId' | 'comment' | 'publishAt'> & { comment?: string },
): StoredHistoryEntry => ({
  id: `history-${seedPressRelease.id}-${index}`,
  releaseId: seedPressRelease.id,
  comment: null,
  publishAt: null,
  ...values,
})

/** Written by an editor of the Spokesperson's office, approved by the Head of Press the next morning, published at once. */
export const seedPressReleaseHistory: StoredHistoryEntry[] = [
  entry(0, { kind: 'created', from: null, to: 'draft', actorId: 'user-editor-jonas', at: '2024-06-25T15:20:00.000Z' }),
  entry(1, {
    kind: 'submit',
    from: 'draft',
    to: 'in-review',
    actorId: 'user-editor-jonas',
    at: '2024-06-25T16:40:00.000Z',
  }),
  entry(2, {
    kind: 'approve',
    from: 'in-review',
    to: 'published',
    actorId: 'user-reviewer-claire',
    at: '2024-06-26T10:00:00.000Z',
    comment: 'Cleared with the Chairpersonship.',
  }),
]
