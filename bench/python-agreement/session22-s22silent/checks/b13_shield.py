import asyncio

log = []


async def inner():
    await asyncio.sleep(0.02)
    log.append("inner done")
    return 5


async def main():
    task = asyncio.create_task(inner())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.005)
    except asyncio.TimeoutError:
        log.append("timeout")
    value = await task
    log.append(value)


asyncio.run(main())
