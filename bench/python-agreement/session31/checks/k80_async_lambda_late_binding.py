# tasks made in a loop from a lambda over the loop variable: all see the last value when they run
import asyncio

seen = []


async def work(n):
    await asyncio.sleep(0)
    seen.append(n)


async def main():
    makers = [lambda: work(i) for i in range(3)]
    await asyncio.gather(*(m() for m in makers))


asyncio.run(main())
print(seen)
