"""run_in_executor job with an IndexError of a fixed list, caught by the awaiting coroutine."""
import asyncio

SLOTS = [10]
values = []
misses = 0


def pick(i):
    return SLOTS[i]


async def main():
    global misses
    loop = asyncio.get_running_loop()
    for i in (0, 3):
        try:
            values.append(await loop.run_in_executor(None, pick, i))
        except IndexError:
            misses += 1


asyncio.run(main())
print(values, misses)
