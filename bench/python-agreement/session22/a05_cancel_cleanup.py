import asyncio

log = []


async def stream(name):
    try:
        i = 0
        while True:
            await asyncio.sleep(0.01)
            i += 1
            log.append(f"{name} chunk {i}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} closed")


async def main():
    task = asyncio.create_task(stream("video"))
    await asyncio.sleep(0.035)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("main saw cancellation")
    print(task.cancelled())
    print("\n".join(log))


asyncio.run(main())
