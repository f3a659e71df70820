# check: asyncio.run(main()) where main awaits a coroutine defined further down (NameError inside main)
import asyncio

out = []


async def main():
    out.append(await fetch(2))


try:
    asyncio.run(main())
except NameError:
    out.append(-1)


async def fetch(n):
    await asyncio.sleep(0.001)
    return n * 10


print(out)
