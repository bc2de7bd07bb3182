import {
  ActionIcon,
  type ActionIconProps,
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
  Paper,
  type PaperProps,
} from '@mantine/core'
import { createLink } from '@tanstack/react-router'
import type { ComponentPropsWithRef } from 'react'

/**
 * Mantine components as router links: typed `to`/`search`, preloading on intent and an
 * `aria-current` when active, which `component={Link}` would lose.
 */
type AnchorElementProps<P> = P & Omit<ComponentPropsWithRef<'a'>, keyof P>

export const ButtonLink = createLink((props: AnchorElementProps<ButtonProps>) => <Button component="a" {...props} />)
export const AnchorLink = createLink((props: AnchorElementProps<AnchorProps>) => <Anchor {...props} />)
// A Paper has no focus ring of its own: as a link it takes Mantine's (the dashboard's status cards).
export const PaperLink = createLink(({ className, ...props }: AnchorElementProps<PaperProps>) => (
  <Paper component="a" className={className ? `mantine-focus-auto ${className}` : 'mantine-focus-auto'} {...props} />
))
export const NavLinkLink = createLink((props: AnchorElementProps<NavLinkProps>) => <NavLink component="a" {...props} />)
export const ActionIconLink = createLink((props: AnchorElementProps<ActionIconProps>) => (
  <ActionIcon component="a" {...props} />
))
