# wait_for(shield(task)) times out but the shielded task runs on and finishes
import asyncio

log = []


async def save():
    await asyncio.sleep(0.03)
    log.append("saved")


async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")
    await task
    log.append("end")


asyncio.run(main())
print(log)
