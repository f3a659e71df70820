import asyncio

log = []

async def important():
    await asyncio.sleep(0.01)
    log.append("important done")

async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")
    await inner
    log.append("end")

asyncio.run(main())
