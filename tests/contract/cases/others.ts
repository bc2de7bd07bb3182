/** Signing in and out, the inbox, the reports and the structures. */
import { expectCall, expectThat, setUp, tokens } from '../http'
import { draft, seed, transition } from '../fixtures'
import { signedInRoles, type Cases } from './case'
import { checkReplay } from './releases'

type Query = Record<string, string>

const reportsWithMonths = ['GET /reports/published-per-month', 'GET /reports/review-turnaround']
const reportsPlain = ['GET /reports/per-field-operation', 'GET /reports/per-field-of-work']

export const otherCases: Cases = {
  'GET /users': [
    {
      name: 'anybody, signed in or not, lists the people who can sign in',
      run: async () => {
        for (const as of ['anonymous', 'signedOut', ...signedInRoles] as const) {
          const users = await expectCall('GET /users', { as }, 200)
          expectThat(users, users.json.items.length >= 4, 'two editors, a reviewer and an admin at least')
        }
      },
    },
  ],

  'POST /session': [
    {
      name: 'signing in as a listed user: 201 with a token',
      run: async () => {
        const session = await expectCall(
          'POST /session',
          { as: 'anonymous', body: { userId: seed.userIds.reviewer } },
          201,
        )
        expectThat(session, session.json.user.id === seed.userIds.reviewer, 'the session is the reviewer’s')
      },
    },
    {
      name: 'an unknown user: 422',
      run: async () => {
        await expectCall('POST /session', { as: 'anonymous', body: { userId: 'user-contract-nobody' } }, 422)
      },
    },
    {
      name: 'no userId, or a body that is not JSON: 422',
      run: async () => {
        await expectCall('POST /session', { as: 'anonymous', body: {} }, 422, 'no userId')
        await expectCall('POST /session', { as: 'anonymous', body: { userId: '' } }, 422, 'an empty userId')
        await expectCall('POST /session', { as: 'anonymous', rawBody: 'userId=1' }, 422, 'not JSON')
      },
    },
  ],

  'GET /session': [
    {
      name: 'every signed-in role reads its own session',
      run: async () => {
        for (const as of signedInRoles) {
          const session = await expectCall('GET /session', { as }, 200)
          expectThat(session, session.json.user.id === seed.userIds[as], `the ${as}’s session`)
        }
      },
    },
  ],

  'DELETE /session': [
    {
      name: 'signing out: 204; the token then answers 401',
      run: async () => {
        const saved = tokens.signedOut
        tokens.signedOut = (
          await setUp('POST /session', { as: 'anonymous', body: { userId: seed.userIds.admin } }, 201)
        ).json.token
        try {
          await expectCall('DELETE /session', { as: 'signedOut' }, 204)
          await expectCall('GET /session', { as: 'signedOut' }, 401, 'after signing out')
          await expectCall('DELETE /session', { as: 'signedOut' }, 401, 'signing out twice')
        } finally {
          tokens.signedOut = saved
        }
      },
    },
  ],

  'GET /inbox': [
    {
      name: 'every signed-in role reads its notifications, all or unread, a page at a time',
      run: async () => {
        // Something for the editor's inbox: a reviewer comments on the editor's release in review.
        const release = await transition(await draft(), 'editor', 'submit')
        await setUp(
          'POST /releases/{id}/comments',
          { as: 'reviewer', params: { id: release.id }, body: { body: 'Noted.' } },
          201,
        )
        for (const as of signedInRoles) await expectCall('GET /inbox', { as }, 200)
        const unread = await expectCall(
          'GET /inbox',
          { as: 'editor', query: { unread: 'true', page: '1', pageSize: '10' } },
          200,
        )
        expectThat(
          unread,
          unread.json.items.every((item: { read: boolean }) => !item.read),
          'only unread ones',
        )
      },
    },
    {
      name: 'malformed query values: 422',
      run: async () => {
        for (const query of [{ pageSize: '0' }, { pageSize: '101' }, { unread: 'maybe' }, { page: 'x' }] as Query[])
          await expectCall('GET /inbox', { as: 'editor', query }, 422, JSON.stringify(query))
      },
    },
  ],

  'POST /inbox/read': [
    {
      name: 'marks named notifications, or all, as read: 204',
      run: async () => {
        const inbox = await expectCall('GET /inbox', { as: 'reviewer', query: { pageSize: '1' } }, 200)
        const ids = inbox.json.items.map((item: { id: string }) => item.id)
        await expectCall(
          'POST /inbox/read',
          { as: 'reviewer', body: { ids: ids.length > 0 ? ids : ['notification-contract-none'] } },
          204,
        )
        for (const as of signedInRoles) await expectCall('POST /inbox/read', { as, body: { all: true } }, 204)
        const after = await expectCall('GET /inbox', { as: 'reviewer' }, 200)
        expectThat(after, after.json.unread === 0, 'nothing unread after marking all')
      },
    },
    {
      name: 'naming nothing: 422',
      run: async () => {
        for (const body of [{}, { ids: [] }, { all: false }])
          await expectCall('POST /inbox/read', { as: 'editor', body }, 422, JSON.stringify(body))
      },
    },
    {
      name: 'Idempotency-Key: a repeat is replayed, another body with it is refused',
      run: async () => {
        await checkReplay('POST /inbox/read', { as: 'editor', body: { all: true } }, 204, {
          as: 'editor',
          body: { ids: ['notification-contract-none'] },
        })
      },
    },
  ],

  ...Object.fromEntries(
    reportsWithMonths.map((key) => [
      key,
      [
        {
          name: 'every signed-in role reads the report, for N months',
          run: async () => {
            for (const as of signedInRoles) await expectCall(key, { as }, 200)
            const six = await expectCall(key, { as: 'editor', query: { months: '6' } }, 200)
            expectThat(six, six.json.items.length === 6, 'six months')
          },
        },
        {
          name: 'months out of range or not a number: 422',
          run: async () => {
            for (const months of ['0', '121', 'six', '1.5'])
              await expectCall(key, { as: 'editor', query: { months } }, 422, `months=${months}`)
          },
        },
      ],
    ]),
  ),
  ...Object.fromEntries(
    reportsPlain.map((key) => [
      key,
      [
        {
          name: 'every signed-in role reads the report',
          run: async () => {
            for (const as of signedInRoles) await expectCall(key, { as }, 200)
          },
        },
      ],
    ]),
  ),

  'GET /structures': [
    {
      name: 'every signed-in role lists the structures, by kind',
      run: async () => {
        for (const as of signedInRoles) await expectCall('GET /structures', { as }, 200)
        const kind = await expectCall(
          'GET /structures',
          { as: 'editor', query: { kind: 'field-operation', sort: '-name', q: 'o' } },
          200,
        )
        expectThat(
          kind,
          kind.json.items.every((item: { kind: string }) => item.kind === 'field-operation'),
          'only that kind',
        )
      },
    },
    {
      name: 'malformed query values: 422',
      run: async () => {
        for (const query of [{ kind: 'club' }, { sort: 'id' }, { pageSize: '501' }] as Query[])
          await expectCall('GET /structures', { as: 'editor', query }, 422, JSON.stringify(query))
      },
    },
  ],

  'GET /structures/{id}': [
    {
      name: 'every signed-in role reads a structure',
      run: async () => {
        for (const as of signedInRoles)
          await expectCall('GET /structures/{id}', { as, params: { id: seed.structureId } }, 200)
      },
    },
    {
      name: 'an unknown id: 404',
      run: async () => {
        await expectCall('GET /structures/{id}', { as: 'editor', params: { id: 'structure-contract-none' } }, 404)
      },
    },
  ],
}
