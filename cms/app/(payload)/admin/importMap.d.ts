// Types for the generated import map (`payload generate:importmap` writes the .js beside this file).
import type { ImportMap } from 'payload'

export declare const importMap: ImportMap
