import asyncio

log = []
items = []


async def consumer(cond, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        log.append(f"{name}:{items.pop(0)}")


async def producer(cond):
    for i in range(2):
        await asyncio.sleep(0.001)
        async with cond:
            items.append(i)
            cond.notify()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, "a"), consumer(cond, "b"), producer(cond))


asyncio.run(main())
print(log)  # ordered
