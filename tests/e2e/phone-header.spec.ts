import { expect, test } from './fixtures'
import { signIn } from './people'

// Found doing a reviewer's day at 390 px: the header's controls were wider than the phone, so
// "Sign out" was cut off on the right and the navigation button half covered on the left.
// The title got a sliver of what was left ("N…", found on an admin's day): it gives way whole.
// On a phone the name, the color scheme and Sign out live in the account menu.
for (const person of ['Claire Dubois', 'Elena Marković'])
  test(`at 390 pixels every control of the header is in view, and the search keeps its name (${person})`, async ({
    page,
  }) => {
    await signIn(page, person)
    // After signing in: the header shows the person's name only from the tablet width up.
    await page.setViewportSize({ width: 390, height: 844 })
    const header = page.getByRole('banner')
    for (const name of ['Open navigation', 'Search…', /^Inbox/, 'Account']) {
      await expect(
        header.getByRole('button', { name }).or(header.getByRole('link', { name })),
        String(name),
      ).toBeInViewport({
        ratio: 1,
      })
    }
    await expect(header.getByRole('link', { name: 'Newsroom admin' })).toBeHidden()
    await header.getByRole('button', { name: 'Account' }).click()
    const menu = page.getByRole('menu')
    await expect(menu.getByText(person)).toBeVisible()
    await expect(menu.getByRole('menuitemradio', { name: 'System' })).toBeChecked()
    await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeInViewport({ ratio: 1 })
    await page.keyboard.press('Escape')
    const box = async (name: string) => (await header.getByRole('button', { name }).boundingBox())!
    const [navigation, search] = [await box('Open navigation'), await box('Search…')]
    expect(navigation.x + navigation.width, 'the navigation button is not covered by the search').toBeLessThanOrEqual(
      search.x,
    )
  })
