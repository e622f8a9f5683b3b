import { describe, expect, it } from 'vitest';
import { actionShortcut, SUGGESTED_SHORTCUT } from '../../utils/shortcut';

describe('actionShortcut', () => {
  it.each([
    ['Chrome (Manifest V3)', [{ name: '_execute_action', shortcut: 'Alt+Shift+K' }], 'Alt+Shift+K'],
    ['Firefox (Manifest V2)', [{ name: '_execute_browser_action', shortcut: 'Alt+Shift+K' }], 'Alt+Shift+K'],
    ['a Mac, as Chrome names its keys', [{ name: '_execute_action', shortcut: '⌃⇧W' }], '⌃⇧W'],
    ['other commands beside it (the dev build’s reload)', [{ name: 'wxt:reload-extension', shortcut: 'Alt+R' }, { name: '_execute_action', shortcut: 'Ctrl+Q' }], 'Ctrl+Q'],
  ])('reads the shortcut in %s', (_name, commands, shortcut) => {
    expect(actionShortcut(commands)).toBe(shortcut);
  });

  it.each([
    ['removed by the reader', [{ name: '_execute_action', shortcut: '' }]],
    ['never given (taken by another extension)', [{ name: '_execute_action' }]],
    ['not declared', [{ name: 'wxt:reload-extension', shortcut: 'Alt+R' }]],
    ['no commands at all', []],
  ])('says there is none when it was %s', (_name, commands) => {
    expect(actionShortcut(commands)).toBeNull();
  });
});

describe('the suggested shortcut', () => {
  it('is a letter with Alt and Shift (Control and Shift on a Mac)', () => {
    expect(SUGGESTED_SHORTCUT).toEqual({ default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' });
  });
});
