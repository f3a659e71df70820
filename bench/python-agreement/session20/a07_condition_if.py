# BUG: the consumers wait on the asyncio.Condition with `if` instead of `while`; notify_all wakes both for one item, and the second pops from an empty list
import asyncio

items = []
eaten = []


async def consumer(cond, name):
    async with cond:
        if not items:
            await cond.wait()
        eaten.append(items.pop())


async def producer(cond):
    for value in (1, 2):
        await asyncio.sleep(0.001)
        async with cond:
            items.append(value)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond, "a"), consumer(cond, "b"), producer(cond))


if __name__ == "__main__":
    asyncio.run(main())
    eaten.sort()
    assert eaten == [1, 2]
