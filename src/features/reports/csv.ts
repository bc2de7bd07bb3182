/**
 * Saves `csv` as a file in the browser, without a round trip to the server. The text comes
 * from the contract's one CSV writer (`src/api/contract/csv.ts`); the Blob keeps its
 * byte-order mark, which spreadsheets need to read UTF-8.
 */
export function downloadCsv(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
