"""A task's done callback raises IndexError: the loop logs it and the program goes on."""
import asyncio

EMPTY = []
seen = []


def on_done(task):
    seen.append(task.result())
    seen.append(EMPTY[0])


async def work():
    await asyncio.sleep(0)
    return 7


async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0)
    seen.append(99)


asyncio.run(main())
print(seen)
