import asyncio

state = {"ready": 0}
woke = []


async def consumer(cond, n):
    async with cond:
        await cond.wait_for(lambda: state["ready"] == 1)
        woke.append(n)


async def producer(cond):
    await asyncio.sleep(0.001)
    async with cond:
        state["ready"] = 1
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, 1), consumer(cond, 2), producer(cond))


asyncio.run(main())
print(woke)
