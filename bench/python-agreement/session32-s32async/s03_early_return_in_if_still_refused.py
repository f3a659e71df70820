# a task made in a function that also returns early from an `if` before its `try`: still refused
import asyncio

log = []


async def compute(n):
    await asyncio.sleep(0)
    return n * 2


async def checked(n):
    task = asyncio.create_task(compute(n))
    if n == 0:
        return 0
    try:
        return await task
    except ValueError:
        return -1


async def main():
    log.append(await checked(3))


asyncio.run(main())
print(log)
