# check: asyncio.run() cancels tasks still pending when main returns; their finally: blocks run
import asyncio

log = []


async def background():
    try:
        await asyncio.sleep(1)
        log.append(1)
    finally:
        log.append(2)


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    log.append(3)


asyncio.run(main())
