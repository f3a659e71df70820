import asyncio

log = []


async def commit():
    await asyncio.sleep(0.005)
    log.append("committed")


async def main():
    inner = asyncio.create_task(commit())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")
    await inner
    log.append("end")


asyncio.run(main())
print(log)  # ordered
