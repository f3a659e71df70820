# ordered
# asyncio.run cancels the tasks still pending when main returns: their finally blocks run at shutdown.
import asyncio

log = []


async def background():
    try:
        await asyncio.sleep(1)
        log.append("background finished")
    finally:
        log.append("background cleanup")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
print(log)
