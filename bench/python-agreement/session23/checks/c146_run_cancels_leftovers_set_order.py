# check: asyncio.run cancels the tasks left when main returns in the order of a set (all_tasks), so their finally: blocks run in that order
import asyncio

log = []


async def background(n):
    try:
        await asyncio.sleep(1)
    finally:
        log.append(n)


async def main():
    for n in range(3):
        asyncio.create_task(background(n))
    await asyncio.sleep(0.005)


asyncio.run(main())
