"""asyncio.run cancels a task still running when main returns; its finally runs."""
import asyncio

log = []


async def background():
    try:
        await asyncio.sleep(1)
        log.append("finished")
    finally:
        log.append("cleanup")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.001)
    log.append("main done")


asyncio.run(main())
print(log)
