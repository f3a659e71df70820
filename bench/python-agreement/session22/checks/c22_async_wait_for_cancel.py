import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
        log.append("slow finished")
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        log.append("timeout")
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    shielded = asyncio.shield(task)
    try:
        await asyncio.wait_for(shielded, timeout=0.01)
    except asyncio.TimeoutError:
        log.append("shield timeout")
    log.append("task cancelled" if task.cancelled() else "task running")
    task.cancel()
    await asyncio.sleep(0)
    log.append("task cancelled" if task.cancelled() else "task running")


asyncio.run(main())
print(log)
