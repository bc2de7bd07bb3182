/**
 * Cases that fail today only because a change has not landed yet, each with the change it
 * waits for. They run as `it.fails`: green while they fail, red the moment they pass, so that
 * their entry goes together with the change that fixes them. Keys are the test names
 * ("<operation> › <case>", "<path> › …", "coverage › <operation>"); a key that names no test
 * fails the suite ("the suite itself"). CONTRACT_PENDING=ignore runs them as ordinary tests.
 */
export const waiting = (change: string, names: string[]) => Object.fromEntries(names.map((name) => [name, change]))

export const pendingUntil: Record<string, string> = {}
