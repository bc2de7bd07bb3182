import { MantineProvider } from '@mantine/core'
import { render, screen, within } from '@testing-library/react'
import type { ComponentProps } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { TablePagination } from './table-pagination'

type Props = ComponentProps<typeof TablePagination>

const hint = 'Showing the first 1,000 matches. Narrow the filters or change the sort to reach the others.'

const renderPagination = (props: Partial<Props>) =>
  render(
    <MantineProvider env="test">
      <TablePagination page={1} pageSize={25} total={1000} onPageChange={vi.fn<(page: number) => void>()} {...props} />
    </MantineProvider>,
  )

const pagination = () => screen.getByRole('navigation', { name: 'Pagination' })

describe('TablePagination', () => {
  it('says an exact total as it is, grouped, with no hint', () => {
    renderPagination({ page: 2, total: 1234 })
    expect(screen.getByText('26–50 of 1,234')).toBeInTheDocument()
    expect(within(pagination()).getByRole('button', { name: 'Page 50' })).toBeInTheDocument()
    expect(screen.queryByText(hint)).not.toBeInTheDocument()
    expect(pagination()).not.toHaveAccessibleDescription()
  })

  it('says a capped total as 1,000+, offers the pages up to it and says how to reach the others', () => {
    renderPagination({ total: 1000, totalCapped: true, pageRows: 25 })
    expect(screen.getByText('1–25 of 1,000+')).toBeInTheDocument()
    expect(within(pagination()).getByRole('button', { name: 'Page 40' })).toBeInTheDocument()
    expect(within(pagination()).queryByRole('button', { name: 'Page 41' })).not.toBeInTheDocument()
    expect(screen.getByText(hint)).toBeInTheDocument()
    expect(pagination()).toHaveAccessibleDescription(hint)
    // Plain text beside the controls, not an announcement.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('names how many match in all when it is known', () => {
    renderPagination({ total: 1000, totalCapped: true, pageRows: 25, matching: 46422 })
    const named =
      'Showing the first 1,000 of 46,422 matches. Narrow the filters or change the sort to reach the others.'
    expect(screen.getByText(named)).toBeInTheDocument()
    expect(pagination()).toHaveAccessibleDescription(named)
  })

  it('past a capped total, shows the page it is on and the rows it holds', () => {
    renderPagination({ page: 41, total: 1000, totalCapped: true, pageRows: 7 })
    expect(screen.getByText('1,001–1,007 of 1,000+')).toBeInTheDocument()
    expect(within(pagination()).getByRole('button', { name: 'Page 41' })).toHaveAttribute('aria-current', 'page')
  })

  it('says a page past the last holds nothing', () => {
    renderPagination({ page: 50, total: 1000, totalCapped: true, pageRows: 0 })
    expect(screen.getByText('0 of 1,000+')).toBeInTheDocument()
  })
})
