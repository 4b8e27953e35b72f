import { render } from 'preact';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../../utils/storage';
import { useSettings } from './use-settings';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="root"></div>';
});
const root = () => document.getElementById('root')!;

function Probe() {
  const settings = useSettings();
  return <p>{settings ? settings.theme : 'loading'}</p>;
}

test('a slow first read does not overwrite a change that arrived meanwhile', async () => {
  let release!: () => void;
  const gate = new Promise<void>((done) => (release = done));
  const sync = fakeBrowser.storage.sync;
  const get = sync.get.bind(sync);
  const read = vi.spyOn(sync, 'get').mockImplementationOnce((async (keys: string) => {
    const answer = await get(keys); // the settings as they were when the page opened
    await gate;
    return answer;
  }) as typeof sync.get);
  render(<Probe />, root());
  await expect.poll(() => read).toHaveBeenCalled();
  await updateSettings({ theme: 'dark' }); // another tab changes the theme
  await expect.poll(() => root().textContent).toBe('dark');
  release();
  await new Promise((done) => setTimeout(done, 20));
  expect(root().textContent).toBe('dark');
});

test('without a change, the first read is shown', async () => {
  await updateSettings({ theme: 'light' });
  render(<Probe />, root());
  await expect.poll(() => root().textContent).toBe('light');
});
