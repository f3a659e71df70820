import asyncio

log = []


async def background():
    try:
        await asyncio.sleep(0.05)
        log.append("bg done")
    except asyncio.CancelledError:
        log.append("bg cancelled")
        raise


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
log.append("after run")
print(log)
