"""asyncio.shield: wait_for times out on the shield, the inner task finishes anyway."""
import asyncio

log = []


async def save():
    await asyncio.sleep(0.02)
    log.append("saved")
    return 1


async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.005)
    except asyncio.TimeoutError:
        log.append("timeout")
    log.append(await task)


asyncio.run(main())
print(log)
