import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { VerifyInput } from '../../../components/file-input';
import { VerifyInputArea } from '../../../components/VerifyInputArea';
import type { VerificationResult } from '../../../lib/result/types';
import { flush, mountPoint, result } from './helpers';

const mounted = mountPoint();

function type(selector: string, value: string) {
  const field = mounted.root.querySelector(selector) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new mounted.dom.window.Event('input', { bubbles: true }));
}

function drop(file: File) {
  const event = new mounted.dom.window.Event('drop', { bubbles: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files: [file] } });
  mounted.root.querySelector('[data-testid="drop-zone"]')!.dispatchEvent(event);
}

const submit = () =>
  mounted.root.querySelector('form')!.dispatchEvent(new mounted.dom.window.Event('submit', { bubbles: true, cancelable: true }));

describe('VerifyInputArea', () => {
  it('sends pasted text or a link with the recipient, shows progress, then input-result rows', async () => {
    const calls: Array<[VerifyInput, string | undefined]> = [];
    let finish!: (results: VerificationResult[]) => void;
    render(
      <VerifyInputArea
        verify={(input, recipient) => {
          calls.push([input, recipient]);
          return new Promise((resolve) => (finish = resolve));
        }}
      />,
      mounted.root,
    );
    expect((mounted.root.querySelector('[data-testid="verify-button"]') as HTMLButtonElement).disabled).toBe(true);
    type('[data-testid="text-input"]', ' https://badges.example.org/a/1 ');
    type('[data-testid="recipient-input"]', 'ada@example.com');
    await flush();
    submit();
    await flush();
    expect(calls).toEqual([[{ kind: 'url', url: 'https://badges.example.org/a/1' }, 'ada@example.com']]);
    expect(mounted.root.querySelector('[data-testid="verify-button"]')!.textContent).toContain('Checking');
    finish([result({ status: 'invalid', format: 'ob2-signed' }), result({ status: 'verified', format: 'ob3-jwt' })]);
    await flush();
    const rows = [...mounted.root.querySelectorAll('[data-testid="input-result"]')];
    expect(rows.map((row) => `${row.getAttribute('data-status')}/${row.getAttribute('data-format')}`)).toEqual([
      'invalid/ob2-signed',
      'verified/ob3-jwt',
    ]);
    expect(mounted.root.querySelectorAll('[data-testid="badge-result"]').length).toBe(0);
  });

  it('reads a dropped file as base64', async () => {
    const calls: VerifyInput[] = [];
    render(
      <VerifyInputArea
        verify={async (input) => {
          calls.push(input);
          return [];
        }}
      />,
      mounted.root,
    );
    drop(new File([new Uint8Array([137, 80, 78, 71])], 'badge.png', { type: 'image/png' }));
    await flush();
    expect(mounted.root.textContent).toContain('badge.png');
    submit();
    await flush();
    expect(calls).toEqual([{ kind: 'file', name: 'badge.png', base64: 'iVBORw==' }]);
    expect(mounted.root.textContent).toContain('No badge data was found');
  });

  it('refuses a file over 8 MiB with a plain message and sends nothing', async () => {
    let called = false;
    render(
      <VerifyInputArea
        verify={async () => {
          called = true;
          return [];
        }}
      />,
      mounted.root,
    );
    drop(new File([new Uint8Array(8 * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }));
    await flush();
    expect(mounted.root.querySelector('[role="alert"]')!.textContent).toBe('This file is larger than 8 MiB, too large to check.');
    expect(mounted.root.textContent).not.toContain('huge.png');
    submit();
    await flush();
    expect(called).toBe(false);
  });

  it('says so when the background cannot be reached', async () => {
    render(<VerifyInputArea verify={() => Promise.reject(new Error('Receiving end does not exist'))} />, mounted.root);
    type('[data-testid="text-input"]', '{"type":"Assertion"}');
    await flush();
    submit();
    await flush();
    expect(mounted.root.querySelector('[role="alert"]')!.textContent).toContain('could not check this right now');
  });
});
