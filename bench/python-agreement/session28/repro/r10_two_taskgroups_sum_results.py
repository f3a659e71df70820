# weft's own error ("does not load"): two TaskGroups of 3 and 4 tasks, then `sum(t.result() for t in ...)` of each: `results` is already a local array of 3
import asyncio


async def double(n: int) -> int:
    await asyncio.sleep(0.001)
    return 2 * n


total = 0


async def main() -> None:
    global total
    async with asyncio.TaskGroup() as tg:
        first = [tg.create_task(double(n)) for n in range(3)]
    async with asyncio.TaskGroup() as tg:
        second = [tg.create_task(double(n)) for n in range(4)]
    total = sum(t.result() for t in first) + sum(t.result() for t in second)


asyncio.run(main())
print(total)
assert total == 18
