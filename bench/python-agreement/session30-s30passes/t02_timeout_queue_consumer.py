# The consumer idiom: `async with asyncio.timeout(t): item = await q.get()` in a loop, ending when
# the producer goes quiet. Another coroutine yields between the consumer's gets: how many of its
# passes come before each item is taken (the block costs CPython no pass of its own).
import asyncio

q = asyncio.Queue()
ticks = 0
seen = []
timeouts = 0


async def ticker():
    global ticks
    for _ in range(12):
        ticks += 1
        await asyncio.sleep(0)


async def producer():
    for n in range(3):
        await q.put(n)
        await asyncio.sleep(0)


async def consumer():
    global timeouts
    while True:
        try:
            async with asyncio.timeout(0.05):
                item = await q.get()
        except TimeoutError:
            timeouts += 1
            return
        seen.append(ticks * 10 + item)


async def main():
    await asyncio.gather(ticker(), producer(), consumer())


asyncio.run(main())
print(seen, timeouts)
