# A global summed in the loop that a worker also writes: refused (other tasks write it).
import asyncio

total = 0


async def work(x):
    global total
    await asyncio.sleep(x / 100)
    total += 100
    return x


async def main():
    global total
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        total += await t


asyncio.run(main())
