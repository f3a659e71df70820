import asyncio

log = []

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.001)
    except TimeoutError:
        log.append("builtin TimeoutError")

asyncio.run(main())
