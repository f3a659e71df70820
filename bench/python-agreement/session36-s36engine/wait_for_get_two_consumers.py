"""Two consumers each loop on `await asyncio.wait_for(q.get(), 0.002)` while a producer puts 4 items
1.5 ms apart and then one None per consumer; a consumer stops at None or after 5 time-outs in a row.
CPython 3.11's get takes an item and returns in one step, and wait_for returns a result that is done,
so no item is lost: every run ends with got + nones + q.qsize() == 6 (`ok` printed)."""
import asyncio

got = 0
nones = 0
ok = 0


async def producer(q):
    for n in range(4):
        await asyncio.sleep(0.0015)
        await q.put(n)
    await q.put(None)
    await q.put(None)


async def consumer(q):
    global got, nones
    misses = 0
    while misses < 5:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.002)
        except asyncio.TimeoutError:
            misses += 1
            continue
        misses = 0
        if item is None:
            nones += 1
            break
        got += 1


async def main():
    global ok
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q), consumer(q))
    ok = 1 if got + nones + q.qsize() == 6 else 0


asyncio.run(main())
print(ok)
