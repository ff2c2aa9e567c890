import * as migration_20261123_085713_initial from './20261123_085713_initial.ts';

export const migrations = [
  {
    up: migration_20261123_085713_initial.up,
    down: migration_20261123_085713_initial.down,
    name: '20261123_085713_initial'
  },
];
