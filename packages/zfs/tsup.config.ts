import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/health.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
});
