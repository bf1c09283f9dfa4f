// Builds the console into target/react-example/react, which the examples server serves at /react/.
import { defineConfig } from "vite";

export default defineConfig({
  base: "/react/",
  esbuild: { jsx: "automatic" },
  build: {
    target: "es2022",
    outDir: "../../target/react-example/react",
    emptyOutDir: true,
  },
});
