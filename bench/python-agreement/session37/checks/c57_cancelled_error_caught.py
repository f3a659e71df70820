import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cleanup")
        raise


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.001)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("main saw cancel")
    log.append(task.cancelled())


asyncio.run(main())
print(log)  # ordered
