"""asyncio: poll `box.value == 0` every 0.0001 s; the setter sets it after 0.02 s."""
import asyncio

class Box:
    value = 0


box = Box()
seen = 0


async def setter():
    await asyncio.sleep(0.02)
    box.value = 1


async def poller():
    global seen
    while box.value == 0:
        await asyncio.sleep(0.0001)
    seen = 1


async def main():
    await asyncio.gather(poller(), setter())


asyncio.run(main())
print(seen)
