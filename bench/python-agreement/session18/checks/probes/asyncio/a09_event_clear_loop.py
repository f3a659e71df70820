import asyncio

seen = []

async def consumer(ev, box):
    while len(seen) < 2:
        await ev.wait()
        ev.clear()
        while box:
            seen.append(box.pop(0))

async def producer(ev, box):
    for n in (1, 2):
        box.append(n)
        ev.set()
        await asyncio.sleep(0.001)

async def main():
    ev = asyncio.Event()
    box = []
    await asyncio.gather(consumer(ev, box), producer(ev, box))

asyncio.run(main())
