import asyncio

log = []


async def flaky():
    await asyncio.sleep(0.005)
    raise RuntimeError("lost")


async def main():
    asyncio.create_task(flaky())
    await asyncio.sleep(0.02)
    log.append("main done")


asyncio.run(main())
print(log)
