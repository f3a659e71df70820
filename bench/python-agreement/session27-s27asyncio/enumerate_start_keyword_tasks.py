# `enumerate(names, start=10)` in a comprehension of tasks: each task gets its number from 10.
import asyncio

NAMES = ["a", "b", "c"]
total = 0


async def work(number, name):
    global total
    await asyncio.sleep(0.001 * number)
    total += number


async def main():
    await asyncio.gather(*[work(number, name) for number, name in enumerate(NAMES, start=10)])


asyncio.run(main())
print(total)
