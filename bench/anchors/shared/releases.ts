/**
 * The releases both anchors show: generated once per bench run by bench/bench.ts from the
 * project's own seed generator (the same count and seed as the project's demo), written as
 * releases.json beside each build and fetched when the page starts.
 */
export type AnchorRelease = {
  id: string
  title: string
  summary: string
  status: string
  /** The dateline's date, YYYY-MM-DD. */
  date: string
  /** An ISO instant; the lists sort by it, most recent first, as the project's list does. */
  updatedAt: string
}

export async function loadReleases(): Promise<AnchorRelease[]> {
  const response = await fetch('/releases.json')
  if (!response.ok) throw new Error(`releases.json: ${response.status}`)
  return (await response.json()) as AnchorRelease[]
}
