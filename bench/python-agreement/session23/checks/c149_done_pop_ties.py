# check: done.pop() of asyncio.wait(FIRST_COMPLETED) when two tasks finish together takes the set's element (by address)
import asyncio

winner = -1


async def mirror(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    global winner
    tasks = [asyncio.create_task(mirror(n)) for n in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()


asyncio.run(main())
