"""Three coroutines awaited in the order they finish (`asyncio.as_completed`).

The fetches sleep alike, so any of them may finish first: `weft explore` lists first=0, 10 and 20, with
total=30 in every outcome. CPython 3.11 usually shows first=0 (its timers fire in the order they were set).
"""
import asyncio

first = None
total = 0


async def fetch(n):
    await asyncio.sleep(0.05)
    return n * 10


async def main():
    global first, total
    tasks = [asyncio.create_task(fetch(n)) for n in range(3)]
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        if first is None:
            first = result
        total += result


asyncio.run(main())
assert total == 30
print(f"first={first} total={total}")
