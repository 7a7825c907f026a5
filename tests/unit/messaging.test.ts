import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundProtocol, callBackground, type Handlers, serve } from '../../lib/messaging';

const handlers = (over: Partial<Handlers<BackgroundProtocol>> = {}) =>
  ({
    getPageView: (url: string) => ({ page: null, annotations: [], url }),
    listAll: () => {
      throw new Error('store is closed');
    },
    ...over,
  }) as unknown as Handlers<BackgroundProtocol>;

const envelope = (to: string, type: string, args: unknown[]) => ({ pressmark: 1, to, type, args });

beforeEach(() => fakeBrowser.reset());

describe('message contract', () => {
  it('answers a request with a success value', async () => {
    serve('background', handlers());
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      envelope('background', 'getPageView', ['https://x.example/']),
      {},
    );
    expect(replies).toEqual([
      { ok: true, value: { page: null, annotations: [], url: 'https://x.example/' } },
    ]);
  });

  it('turns a thrown error into a failure value (errors do not survive cloning)', async () => {
    serve('background', handlers());
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      envelope('background', 'listAll', []),
      {},
    );
    expect(reply).toEqual({ ok: false, error: 'store is closed' });
  });

  it('ignores requests addressed to the other side and foreign messages', async () => {
    serve('background', handlers());
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      envelope('content', 'getStatus', []),
      {},
    );
    const foreign = await fakeBrowser.runtime.onMessage.trigger({ hello: 'world' }, {});
    expect(replies).toEqual([undefined]);
    expect(foreign).toEqual([undefined]);
  });

  it('reports unknown requests', async () => {
    serve('background', handlers());
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      envelope('background', 'dropTables', []),
      {},
    );
    expect(reply).toEqual({ ok: false, error: 'unknown request "dropTables"' });
  });

  it('passes the sender to handlers, after the arguments', async () => {
    let seen: unknown;
    serve(
      'background',
      handlers({
        getPageView: (_url, sender) => {
          seen = sender.tab?.id;
          return { page: null, annotations: [] };
        },
      }),
    );
    await fakeBrowser.runtime.onMessage.trigger(envelope('background', 'getPageView', ['u']), {
      tab: { id: 7 },
    } as never);
    expect(seen).toBe(7);
  });

  it('stops answering once unsubscribed', async () => {
    const stop = serve('background', handlers());
    stop();
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      envelope('background', 'getPageView', ['u']),
      {},
    );
    expect(replies).toEqual([]);
  });

  it('round-trips through runtime.sendMessage', async () => {
    serve('background', handlers());
    expect(await callBackground('getPageView', 'https://y.example/')).toMatchObject({
      ok: true,
      value: { page: null },
    });
  });
});
