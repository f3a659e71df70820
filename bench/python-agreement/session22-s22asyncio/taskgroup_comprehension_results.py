# task.result() after the TaskGroup's end, over the list a comprehension made, and of a task bound to
# a name; every task of the group is done when its `async with` ends
import asyncio

log = []


async def square(n):
    await asyncio.sleep(0.01 * (3 - n))
    log.append(n)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(n)) for n in range(3)]
        extra = tg.create_task(square(3))
    total = 0
    for task in tasks:
        total += task.result()
    print("total", total, "extra", extra.result())
    return total


result = asyncio.run(main())
assert result == 5
