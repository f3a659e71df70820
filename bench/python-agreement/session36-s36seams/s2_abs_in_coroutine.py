# abs() of a string raises TypeError in a coroutine before its tail `return` reads the local it would have bound.
import asyncio

LIMIT = 3
LABEL = "five"
log = []


async def checked(n):
    await asyncio.sleep(0.01 * n)
    if n > LIMIT:
        raise ValueError(n)
    doubled = n * 2
    return doubled


async def shortcut(label):
    size = abs(label)
    return size


async def run(n):
    try:
        value = await checked(n)
        log.append(value)
    except ValueError:
        log.append(-n)
    try:
        await shortcut(LABEL)
    except TypeError:
        log.append(0)


async def main():
    await asyncio.gather(run(1), run(5))
    print(log)


asyncio.run(main())
