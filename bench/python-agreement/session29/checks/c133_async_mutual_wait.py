# BUG: two coroutines each wait for the other's event first: the loop has nothing to run, asyncio.run hangs
import asyncio

reached = 0


async def left(a, b):
    await b.wait()
    a.set()


async def right(a, b):
    global reached
    await a.wait()
    b.set()
    reached = 1


async def main():
    a = asyncio.Event()
    b = asyncio.Event()
    await asyncio.gather(left(a, b), right(a, b))


asyncio.run(main())
print(reached)
