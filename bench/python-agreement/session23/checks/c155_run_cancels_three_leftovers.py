# check: asyncio.run cancels leftover tasks in the order of all_tasks() (a set), so their finally: blocks run in that order
import asyncio

log = []


async def background(n):
    try:
        await asyncio.sleep(1)
    finally:
        log.append(n)


async def main():
    asyncio.create_task(background(0))
    asyncio.create_task(background(1))
    asyncio.create_task(background(2))
    await asyncio.sleep(0.005)


asyncio.run(main())
