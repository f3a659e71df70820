import asyncio

items = []
log = []


async def producer(name, delay):
    await asyncio.sleep(delay)
    items.append(name)


async def waiter():
    while len(items) < 2:
        await asyncio.sleep(0.001)
    log.append(f"saw {len(items)}")


async def main():
    await asyncio.gather(waiter(), producer("a", 0.002), producer("b", 0.004))
    log.append(f"end {len(items)}")


asyncio.run(main())
print(log)  # ordered
