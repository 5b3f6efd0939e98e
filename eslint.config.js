// Lint the project's own code: typescript-eslint's recommended rules, type-aware where it pays.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'fixtures/**', 'src/config/kit-validator.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      // Control characters and the combining grapheme joiner (U+034F) are matched on purpose: they are invisible padding in email copy.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Data flows one way, and the command line sits at its end: the engine, readers, rules and reporters never reach back into it.
    files: ['src/**/*.ts', 'rules/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/*'], message: 'Only the command line imports src/cli.' }] }],
    },
  },
);
