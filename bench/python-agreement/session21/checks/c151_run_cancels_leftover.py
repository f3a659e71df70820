# asyncio.run cancels a task main left running; its finally runs
import asyncio

log = []


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.01)
            log.append("beat")
    finally:
        log.append("cleanup")


async def main():
    asyncio.create_task(heartbeat())
    await asyncio.sleep(0.025)
    log.append("main done")


asyncio.run(main())
print(log)
