# asyncio.timeout around queue.get: the producer is late for the first, on time for the second.
import asyncio

got = []
timeouts = 0


async def producer(q):
    await asyncio.sleep(0.03)
    await q.put("a")
    await q.put("b")


async def main():
    global timeouts
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    for limit in (0.01, 0.1, 0.1):
        try:
            async with asyncio.timeout(limit):
                got.append(await q.get())
        except TimeoutError:
            timeouts += 1
    await p


asyncio.run(main())
print(got, timeouts)
