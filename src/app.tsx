import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { type ComponentType, lazy, Suspense } from 'react'
import type { AppInstance } from './app-instance'
import { cssVariablesResolver, theme } from './theme'

// No page's first paint shows a toast: the container (with its transitions) loads beside the page.
// It sits outside every error boundary, so a connection lost while it loads must not take the
// app down: the page then goes on without toasts (a failed import stays failed in a page).
const NotificationsContainer = lazy((): Promise<{ default: ComponentType }> =>
  import('./notifications-container').catch(() => ({ default: () => null })),
)

type Props = Pick<AppInstance, 'queryClient' | 'router'> & {
  /** 'test' turns off Mantine's transitions and portals. */
  mantineEnv?: 'default' | 'test'
}

export function App({ queryClient, router, mantineEnv }: Props) {
  return (
    // deduplicateCssVariables={false}: the provider writes all the theme's CSS variables, so
    // Mantine's default-css-variables.css need not be downloaded (src/styles.ts).
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      deduplicateCssVariables={false}
      defaultColorScheme="auto"
      env={mantineEnv}
    >
      <Suspense fallback={null}>
        <NotificationsContainer />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  )
}
