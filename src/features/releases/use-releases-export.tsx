import { Button } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import type { ReleaseListQuery } from '../../api/contract'
import { fetchReleasesCsv } from '../../api/release-assignments'
import { ProblemAlert } from '../../components/problem-alert'

/** Hands the server's file to the browser as a download, byte for byte. */
function download(file: Blob, filename: string) {
  const url = URL.createObjectURL(file)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * Exports the current view: every release matching the filters (not only this page), in its
 * sort. The button goes in the page's header; the problem, when the export failed, under it.
 */
export function useReleasesExport(search: ReleaseListQuery) {
  const mutation = useMutation({
    mutationFn: () => {
      const { page: _page, pageSize: _pageSize, ...view } = search
      return fetchReleasesCsv(view)
    },
    onSuccess: (csv) => download(csv, `releases-${new Date().toISOString().slice(0, 10)}.csv`),
  })
  const button = (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={mutation.isPending}
      onClick={() => mutation.mutate()}
    >
      Export CSV
    </Button>
  )
  const problem = mutation.isError ? (
    <ProblemAlert
      error={mutation.error}
      title="The CSV was not exported"
      reading
      kept={null}
      onRetry={() => mutation.mutate()}
    />
  ) : null
  return { button, problem }
}
