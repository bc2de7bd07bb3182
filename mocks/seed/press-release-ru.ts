import type { StoredHistoryEntry, StoredRelease } from '../../server/core/records'
import { seedPressRelease } from './press-release'

/**
 * The Russian version of the source page's release, as the OSCE's Russian pages write it:
 * sentence by sentence, the same paragraphs, the organisation's own Russian names (ОБСЕ,
 * Действующий председатель ОБСЕ, Программный офис ОБСЕ в Душанбе) and names transliterated
 * as the Russian press does. Like the English, the first paragraph is stored without the
 * dateline ('ДУШАНБЕ, 26 июня 2024 г. — '): the app renders it.
 */
export const seedPressReleaseRuParagraphs = [
  'Сегодня Действующий председатель ОБСЕ, министр иностранных и европейских дел и торговли Мальты Ян Борг завершил свой визит в Таджикистан, подтвердив давние отношения сотрудничества ОБСЕ с этой страной.',
  'В Душанбе Действующий председатель Борг встретился с Президентом Эмомали Рахмоном и министром иностранных дел Сироджиддином Мухриддином. «Наши усилия в Таджикистане охватывают широкий круг вопросов — от противодействия насильственному экстремизму до борьбы с торговлей людьми и поощрения прав человека, включая гендерное равенство», — заявил он.',
  'Министр Борг также встретился с командующим Пограничными войсками Таджикистана генерал-полковником Раджабали Рахмонали и посетил Колледж по вопросам управления границами для руководящих кадров — центр академического мастерства для специалистов в области управления границами. Он подчеркнул важность региональных инициатив в сфере безопасности для эффективного решения общих проблем, таких как проект «Стабилизация южного приграничного района Таджикистана с Афганистаном», реализуемый Программным офисом ОБСЕ в Душанбе, и высококачественная подготовка, которую обеспечивает Колледж по вопросам управления границами для руководящих кадров.',
  'Во время посещения Программного офиса министр Борг встретился с сотрудниками ОБСЕ во главе с недавно назначенным руководителем миссии послом Вилли Кемпелем и высоко оценил их самоотверженность и профессионализм. Отмечая 30-летие присутствия ОБСЕ в Таджикистане, он заявил: «Мальтийское председательство работает над тем, чтобы укрепить роль ОБСЕ и повысить уровень её взаимодействия в Центральной Азии, опираясь на достижения нашего прочного сотрудничества».',
  'В ходе встречи с представителями гражданского общества министр Борг подчеркнул их ключевую роль в выполнении обязательств ОБСЕ в Таджикистане. «Свободное и независимое гражданское общество крайне важно для обеспечения полного уважения прав человека, основных свобод, демократии и верховенства права», — заявил он.',
]

/**
 * Made the afternoon the English went out, from the English as published (its revision 0, so
 * not stale), written by an editor who writes Russian and approved the next morning by a
 * reviewer who did not write it (four eyes), published at once.
 */
export const seedPressReleaseRu: StoredRelease = {
  id: 'release-borg-tajikistan-ru',
  type: seedPressRelease.type,
  title:
    'Действующий председатель ОБСЕ Борг завершил визит в Таджикистан, подчеркнув важность региональных мер реагирования на общие вызовы',
  language: 'ru',
  dateline: { place: 'Душанбе', date: seedPressRelease.dateline.date },
  summary: seedPressReleaseRuParagraphs[0]!,
  body: seedPressReleaseRuParagraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n'),
  sourceIds: [...seedPressRelease.sourceIds],
  fieldOfWorkIds: [...seedPressRelease.fieldOfWorkIds],
  stateIds: [...seedPressRelease.stateIds],
  fieldOperationIds: [...seedPressRelease.fieldOperationIds],
  status: 'published',
  scheduledAt: null,
  publishedAt: '2024-06-27T09:30:00.000Z',
  submittedAt: '2024-06-26T16:10:00.000Z',
  authorId: 'user-editor-aigerim',
  createdAt: '2024-06-26T11:05:00.000Z',
  updatedAt: '2024-06-27T09:30:00.000Z',
  // Tomasz approved it, and it went out at once: the last editorial change is his.
  updatedById: 'user-reviewer-tomasz',
  version: 4,
  originalId: seedPressRelease.id,
  contentRevision: 0,
  basedOn: {
    revision: seedPressRelease.contentRevision ?? 0,
    title: seedPressRelease.title,
    summary: seedPressRelease.summary,
    body: seedPressRelease.body,
  },
}

const entry = (
  index: number,
  values: Omit<StoredHistoryEntry, 'id' | 'releaseId' | 'comment' | 'publishAt'> & { comment?: string },
): StoredHistoryEntry => ({
  id: `history-${seedPressReleaseRu.id}-${index}`,
  releaseId: seedPressReleaseRu.id,
  comment: null,
  publishAt: null,
  ...values,
})

export const seedPressReleaseRuHistory: StoredHistoryEntry[] = [
  entry(0, {
    kind: 'created',
    from: null,
    to: 'draft',
    actorId: 'user-editor-aigerim',
    at: '2024-06-26T11:05:00.000Z',
  }),
  entry(1, {
    kind: 'submit',
    from: 'draft',
    to: 'in-review',
    actorId: 'user-editor-aigerim',
    at: '2024-06-26T16:10:00.000Z',
  }),
  entry(2, {
    kind: 'approve',
    from: 'in-review',
    to: 'published',
    actorId: 'user-reviewer-tomasz',
    at: '2024-06-27T09:30:00.000Z',
    comment: 'Checked against the English paragraph by paragraph; names as in our Russian releases.',
  }),
]
