import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// One config for both anchors: `vite build react-admin` or `vite build bare` (the app's folder
// is Vite's root). bench/bench.ts passes the outDir and --manifest, and copies the generated
// releases.json beside each build.
export default defineConfig({
  plugins: [react()],
  build: {
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // MUI's modules start with "use client", which means nothing outside React Server Components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning)
      },
    },
  },
  preview: { host: '127.0.0.1', strictPort: true },
})
