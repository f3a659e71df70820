# loop.call_later(delay, f, arg): the callback runs after the delay.
import asyncio

log = []


def mark(x):
    log.append(x)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, mark, 5)
    await asyncio.sleep(0.03)


asyncio.run(main())
print(log)
