// Single-key shortcuts, active while the toolbar is open and its 快捷键 switch is on (WCAG 2.1.4).
export type Command =
  | 'zoom-in'
  | 'zoom-out'
  | 'next-scheme'
  | 'cursor'
  | 'crosshair'
  | 'caption'
  | 'textOnly'
  | 'speak'
  | 'read-all'
  | 'help'
  | 'reset'
  | 'close'

export type Shortcut = { keys: string[]; label: string; description: string; command: Command }

export const SHORTCUTS: Shortcut[] = [
  { keys: ['+', '='], label: '+', description: '放大页面', command: 'zoom-in' },
  { keys: ['-', '_'], label: '-', description: '缩小页面', command: 'zoom-out' },
  {
    keys: ['c'],
    label: 'C',
    description: '切换配色方案（默认、高对比度、深色、黄底黑字）',
    command: 'next-scheme',
  },
  { keys: ['m'], label: 'M', description: '大鼠标指针 开/关', command: 'cursor' },
  { keys: ['x'], label: 'X', description: '十字线 开/关', command: 'crosshair' },
  { keys: ['t'], label: 'T', description: '大字幕 开/关', command: 'caption' },
  { keys: ['p'], label: 'P', description: '纯文本模式 开/关', command: 'textOnly' },
  { keys: ['r'], label: 'R', description: '指读（朗读指向或聚焦的内容） 开/关', command: 'speak' },
  { keys: ['l'], label: 'L', description: '连读（从头朗读正文） 开始/停止', command: 'read-all' },
  { keys: ['?', 'h'], label: '? 或 H', description: '打开快捷键说明', command: 'help' },
  { keys: ['0'], label: '0', description: '重置全部设置', command: 'reset' },
  { keys: ['q'], label: 'Q', description: '退出无障碍工具条', command: 'close' },
]

export function commandForKey(event: KeyboardEvent): Command | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined
  const target = event.target as HTMLElement | null
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return undefined
  const key = event.key.toLowerCase()
  return SHORTCUTS.find((shortcut) => shortcut.keys.includes(key))?.command
}
