// The bare-stack anchor: React, TanStack Router and Query, react-hook-form and zod, no UI
// kit. The same screen as the other apps: the releases list with a Search box, a release
// page with an "Edit" link, a two-field edit form whose Save shows "Saved at <time>".
import { zodResolver } from '@hookform/resolvers/zod'
import {
  keepPreviousData,
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  Outlet,
  redirect,
  RouterProvider,
} from '@tanstack/react-router'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { getRelease, listReleases, pageSize, updateRelease, type Release, type ReleaseChanges } from './api'

const rootRoute = createRootRoute({
  component: () => (
    <>
      <header>
        <Link to="/releases">Releases</Link>
      </header>
      <main>
        <Outlet />
      </main>
    </>
  ),
})

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/releases' })
  },
})

const listSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
})

const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/releases',
  validateSearch: listSearchSchema,
  component: ReleaseListPage,
})

const releaseRoute = createRoute({ getParentRoute: () => rootRoute, path: '/releases/$id', component: ReleasePage })
const editRoute = createRoute({ getParentRoute: () => rootRoute, path: '/releases/$id/edit', component: EditPage })

const router = createRouter({
  routeTree: rootRoute.addChildren([indexRoute, listRoute, releaseRoute, editRoute]),
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}

function ReleaseListPage() {
  const { q = '', page = 1 } = listRoute.useSearch()
  const navigate = listRoute.useNavigate()
  const [text, setText] = useState(q)
  const { data, error, isPlaceholderData } = useQuery({
    queryKey: ['releases', q, page],
    queryFn: () => listReleases(q, page),
    placeholderData: keepPreviousData,
  })
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1
  return (
    <>
      <h1>Releases</h1>
      <label htmlFor="search">Search</label>
      <input
        id="search"
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          void navigate({ search: { q: event.target.value || undefined }, replace: true })
        }}
      />
      {error ? <p role="alert">The releases could not be loaded: {error.message}</p> : null}
      <table aria-busy={!data || isPlaceholderData}>
        <caption>{data ? `${data.total} releases` : 'Loading releases…'}</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Summary</th>
            <th scope="col">Status</th>
            <th scope="col">Dateline</th>
            <th scope="col">Last updated</th>
          </tr>
        </thead>
        <tbody>
          {data?.items.map((release) => (
            <tr key={release.id}>
              <td>
                <Link to="/releases/$id" params={{ id: release.id }}>
                  {release.title}
                </Link>
              </td>
              <td>{release.summary}</td>
              <td>{release.status}</td>
              <td>{release.date}</td>
              <td>{new Date(release.updatedAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages">
        {page > 1 ? (
          <Link to="/releases" search={{ q: q || undefined, page: page - 1 }}>
            Previous page
          </Link>
        ) : null}{' '}
        Page {page} of {pages}{' '}
        {page < pages ? (
          <Link to="/releases" search={{ q: q || undefined, page: page + 1 }}>
            Next page
          </Link>
        ) : null}
      </nav>
    </>
  )
}

const useRelease = (id: string) => useQuery({ queryKey: ['release', id], queryFn: () => getRelease(id) })

function ReleasePage() {
  const { id } = releaseRoute.useParams()
  const { data, error } = useRelease(id)
  if (error) return <p role="alert">The release could not be loaded: {error.message}</p>
  if (!data) return <p>Loading the release…</p>
  return (
    <>
      <h1>{data.title}</h1>
      <p>{data.summary}</p>
      <dl>
        <dt>Status</dt>
        <dd>{data.status}</dd>
        <dt>Dateline</dt>
        <dd>{data.date}</dd>
      </dl>
      <Link to="/releases/$id/edit" params={{ id }}>
        Edit
      </Link>
    </>
  )
}

function EditPage() {
  const { id } = editRoute.useParams()
  const { data, error } = useRelease(id)
  if (error) return <p role="alert">The release could not be loaded: {error.message}</p>
  if (!data) return <p>Loading the release…</p>
  return <EditForm key={data.id} release={data} />
}

const changesSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title.'),
  summary: z.string().trim().min(1, 'Enter a summary.'),
})

function EditForm({ release }: { release: Release }) {
  const queryClient = useQueryClient()
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const { register, handleSubmit, reset, formState } = useForm<ReleaseChanges>({
    resolver: zodResolver(changesSchema),
    defaultValues: { title: release.title, summary: release.summary },
  })
  const save = useMutation({
    mutationFn: (changes: ReleaseChanges) => updateRelease(release.id, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(['release', saved.id], saved)
      void queryClient.invalidateQueries({ queryKey: ['releases'] })
      reset({ title: saved.title, summary: saved.summary })
      setSavedAt(new Date(saved.updatedAt).toLocaleTimeString())
    },
  })
  const { errors } = formState
  return (
    <form noValidate onSubmit={handleSubmit((changes) => save.mutate(changes))}>
      <h1>Edit release</h1>
      <label htmlFor="title">Title</label>
      <input
        id="title"
        aria-invalid={errors.title ? true : undefined}
        aria-describedby={errors.title ? 'title-error' : undefined}
        {...register('title')}
      />
      {errors.title ? <p id="title-error">{errors.title.message}</p> : null}
      <label htmlFor="summary">Summary</label>
      <textarea
        id="summary"
        rows={5}
        aria-invalid={errors.summary ? true : undefined}
        aria-describedby={errors.summary ? 'summary-error' : undefined}
        {...register('summary')}
      />
      {errors.summary ? <p id="summary-error">{errors.summary.message}</p> : null}
      <p>
        <button type="submit" disabled={save.isPending}>
          Save
        </button>
      </p>
      {save.error ? <p role="alert">Not saved: {save.error.message}</p> : null}
      <p>{savedAt ? <output>{`Saved at ${savedAt}`}</output> : null}</p>
    </form>
  )
}

const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
