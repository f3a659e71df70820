# BUG: a coroutine function called without await: nothing runs (CPython warns "never awaited").
import asyncio

counter = 0


async def bump():
    global counter
    counter += 1


async def main():
    bump()
    await asyncio.sleep(0)


asyncio.run(main())
print(counter)
