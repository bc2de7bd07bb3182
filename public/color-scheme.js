// Mantine's stored colour scheme, applied before the first paint (as its ColorSchemeScript does).
// A classic script in index.html's head, so it runs before the page is drawn.
try {
  const scheme = localStorage.getItem('mantine-color-scheme-value')
  if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.mantineColorScheme = scheme
} catch {
  // No storage (a private window that refuses it): the system's scheme, as before.
}
