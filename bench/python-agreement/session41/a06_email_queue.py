# bug: none
import asyncio


async def producer(q, addresses):
    for addr in addresses:
        await q.put(addr)
        await asyncio.sleep(0.001)


async def sender(name, q, sent):
    while True:
        addr = await q.get()
        try:
            await asyncio.sleep(0.002)
            domain = addr.rsplit("@", 1)[-1]
            sent.setdefault(domain, []).append(addr)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    sent = {}
    senders = [asyncio.create_task(sender(f"s{i}", q, sent)) for i in range(2)]
    await producer(q, ["a@x.io", "b@y.io", "c@x.io", "d@z.io", "e@x.io"])
    await q.join()
    for s in senders:
        s.cancel()
    res = await asyncio.gather(*senders, return_exceptions=True)
    kinds = {type(r).__name__ for r in res}
    print({k: len(v) for k, v in sorted(sent.items())}, kinds)


asyncio.run(main())
