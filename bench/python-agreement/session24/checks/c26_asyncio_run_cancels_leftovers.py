"""asyncio.run cancels tasks still pending when main returns: the leftover's finally runs, its body's end does not."""
import asyncio

log = []


async def leftover():
    try:
        await asyncio.sleep(0.05)
        log.append("finished")
    finally:
        log.append("cleanup")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
count = len(log)
print(log)
