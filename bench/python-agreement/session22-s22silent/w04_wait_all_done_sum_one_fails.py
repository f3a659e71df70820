# One task fails: the loop stops at it, so what was summed before depends on the set's order: refused.
import asyncio

total = -1


async def work(x):
    await asyncio.sleep(x / 100)
    if x == 2:
        raise ValueError("two")
    return x


async def main():
    global total
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    acc = 0
    try:
        for t in done:
            acc += await t
    except ValueError:
        pass
    total = acc


asyncio.run(main())
