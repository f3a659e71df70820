# retries with sleep(0) back-off and a locked attempt counter (a ticker counts loop passes; snap holds the ticks seen at each point)
import asyncio

ticks = 0
snap = {}


async def ticker(n=25):
    global ticks
    for _ in range(n):
        ticks += 1
        await asyncio.sleep(0)


attempts = {"a": 0, "b": 0}


async def call(name, fail_times, lock):
    for attempt in range(4):
        async with lock:
            attempts[name] += 1
            n = attempts[name]
        if n > fail_times:
            snap[name] = ticks
            return attempt
        for _ in range(attempt + 1):
            await asyncio.sleep(0)
    return -1


async def main():
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    ra, rb = await asyncio.wait_for(asyncio.gather(call("a", 1, lock), call("b", 2, lock)), timeout=1)
    snap["end"] = ticks
    snap["ra"] = ra
    snap["rb"] = rb
    await t


asyncio.run(main())
print(ticks, dict(sorted(snap.items())))
