# check: a leftover task cancelled by asyncio.run's end can await in its finally: (the loop runs until it ends)
import asyncio

log = []


async def background():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.005)
        log.append("flushed")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.002)
    log.append("main done")


asyncio.run(main())
