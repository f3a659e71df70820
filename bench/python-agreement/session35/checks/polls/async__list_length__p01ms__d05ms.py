"""asyncio: poll `len(items) == 0` every 0.0001 s; the setter sets it after 0.0005 s."""
import asyncio

items = []
seen = 0


async def setter():
    await asyncio.sleep(0.0005)
    items.append(1)


async def poller():
    global seen
    while len(items) == 0:
        await asyncio.sleep(0.0001)
    seen = 1


async def main():
    await asyncio.gather(poller(), setter())


asyncio.run(main())
print(seen)
