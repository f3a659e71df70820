# asyncio.Condition.wait_for(predicate): a consumer waits until the stock covers its need
import asyncio

stock = 0
served = []


async def consumer(cond, name, need):
    global stock
    async with cond:
        await cond.wait_for(lambda: stock >= need)
        stock -= need
        served.append(name)


async def producer(cond):
    global stock
    for _ in range(3):
        await asyncio.sleep(0)
        async with cond:
            stock += 1
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, "big", 2), consumer(cond, "small", 1), producer(cond))


asyncio.run(main())
print(served, stock)
