import asyncio

log = []

async def bad():
    await asyncio.sleep(0)
    raise RuntimeError("no")

async def main():
    try:
        await bad()
    except Exception:
        log.append("caught")

asyncio.run(main())
