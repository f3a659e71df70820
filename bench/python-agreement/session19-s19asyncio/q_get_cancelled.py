# CHECK (session 19): a getter woken by put_nowait and cancelled before it resumes leaves the item for the next.
# CPython 3.11.7: ['g1 cancelled', 'g2 got 1', 1] in 20 of 20; weft agrees (one outcome).
import asyncio

log = []


async def getter(name, q):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    q.put_nowait(1)
    g1.cancel()
    q.put_nowait(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(q.qsize())
    g2.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)


asyncio.run(main())
print(log)
