import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import type { AppInstance } from './app-instance'
import { cssVariablesResolver, theme } from './theme'

type Props = Pick<AppInstance, 'queryClient' | 'router'> & {
  /** 'test' turns off Mantine's transitions and portals. */
  mantineEnv?: 'default' | 'test'
}

export function App({ queryClient, router, mantineEnv }: Props) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" env={mantineEnv}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  )
}
