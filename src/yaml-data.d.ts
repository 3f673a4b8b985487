// The build (esbuild) and the tests (vitest) turn a bundled .yaml file into its data at build time.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
