/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// Tauri's recommended settings: a fixed port, no screen clearing, and no watching of the Rust side.
export default defineConfig({
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    watch: { ignored: ["**/src-tauri/**", "**/target/**"] },
    // The message catalogues are shared with the Rust side: ui/ and that one folder only.
    fs: { allow: [".", "../src-tauri/crates/i18n/locales"] },
  },
  envPrefix: ["VITE_", "TAURI_ENV_*"],
  build: { outDir: "dist", target: "es2022" },
  test: { environment: "happy-dom", include: ["tests/**/*.test.ts"] },
});
