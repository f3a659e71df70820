# a crawler awaits a gather per batch while a heartbeat task ticks: ticks seen after each batch
import asyncio

ticks = 0
after_batches = []


async def heartbeat():
    global ticks
    for _ in range(30):
        ticks += 1
        await asyncio.sleep(0)


async def fetch(url):
    await asyncio.sleep(0)
    return len(url)


async def main():
    hb = asyncio.create_task(heartbeat())
    for batch in (["a", "bb"], ["ccc"]):
        await asyncio.gather(*(fetch(u) for u in batch))
        after_batches.append(ticks)
    hb.cancel()


asyncio.run(main())
print(after_batches)
