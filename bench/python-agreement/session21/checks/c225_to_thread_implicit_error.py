# asyncio.to_thread: the function's implicit ZeroDivisionError reaches the awaiting coroutine
import asyncio

log = []


def divide(d):
    return 10 // d


async def main():
    try:
        value = await asyncio.to_thread(divide, 0)
        log.append(value)
    except ZeroDivisionError:
        log.append(-1)


asyncio.run(main())
print(log)
