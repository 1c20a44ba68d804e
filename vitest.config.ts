import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'sample-api/**/*.test.ts',
      'scripts/**/*.test.ts',
      'snapshot/**/*.test.ts',
      'deploy/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
