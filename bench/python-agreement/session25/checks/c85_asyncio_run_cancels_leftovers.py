# check: asyncio.run cancels the tasks still pending when main() returns, and their finally runs
import asyncio

log = []


async def background():
    log.append("started")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("cleanup")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
joined = ",".join(log)
print(joined)
