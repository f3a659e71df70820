# BUG: lost update: each task reads the total, awaits, then writes it back; tasks made by a
# comprehension and `extend` interleave at the await and overwrite each other's additions.
import asyncio

total = 0


async def add(amount: int) -> None:
    global total
    seen = total
    await asyncio.sleep(0.001 * amount)
    total = seen + amount


async def main() -> None:
    tasks = [asyncio.create_task(add(n)) for n in (1, 2)]
    tasks.extend(asyncio.create_task(add(n)) for n in (3,))
    await asyncio.gather(*tasks)


asyncio.run(main())
print(f"total={total}")
assert total == 6
