import asyncio

log = []


async def quick():
    return 7


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    log.append(await asyncio.wait_for(t, timeout=0))


asyncio.run(main())
print(log)
