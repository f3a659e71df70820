import asyncio

log = []


async def slow():
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        log.append("builtin")
    except asyncio.TimeoutError:
        log.append("asyncio")


asyncio.run(main())
print(log)
