"""asyncio.shield: wait_for times out and cancels the shield's outer future, the inner task goes on."""
import asyncio

log = []


async def save():
    await asyncio.sleep(0.02)
    log.append("saved")
    return 1


async def main():
    inner = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except asyncio.TimeoutError:
        log.append("timeout")
    log.append(await inner)


asyncio.run(main())
print(log)
