# The same with integer results only: the sum is order-free and imports as before.
import asyncio

total = 0


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        return 20
    return n


async def main():
    global total
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        total += await t


asyncio.run(main())
print(total)
