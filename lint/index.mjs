// Re-exports ESLint's TypeScript toolchain from this workspace, where typescript-eslint finds the TypeScript 6
// it needs (the root's TypeScript 7 is the native compiler, without the JavaScript API the parser uses).
export { default as js } from '@eslint/js'
export { default as prettierCompat } from 'eslint-config-prettier'
export { default as globals } from 'globals'
export { default as tseslint } from 'typescript-eslint'
