# The sum over done is the same in every order: imported.
import asyncio

total = 0
count = 0


async def work(x):
    await asyncio.sleep(x / 100)
    return x


async def main():
    global total, count
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2))
    c = asyncio.create_task(work(3))
    done, pending = await asyncio.wait([a, b, c])
    acc = 0
    n = 0
    for t in done:
        value = await t
        acc += value
        if value > 1:
            n += 1
    total = acc
    count = n


asyncio.run(main())
