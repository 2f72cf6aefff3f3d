// For component tests in jsdom: each test starts at a clean URL (players keep their input in
// it) and fails if the component logged a console error; the rendered tree is removed after.
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { cleanup } from '@testing-library/svelte';

export function failOnConsoleErrors(path = '/book/en/lab/'): void {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    history.replaceState(null, '', path);
    errors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    cleanup();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
}
