"""A task loop awaiting each pass's task inside the loop, with a try around the await."""
import asyncio

log = []


async def work(i):
    await asyncio.sleep(0)
    if i == 1:
        raise RuntimeError("bad")
    return i * 10


async def main():
    for i in range(3):
        t = asyncio.create_task(work(i))
        try:
            log.append(await t)
        except RuntimeError:
            log.append("err")


asyncio.run(main())
print(log)
