# an inline asyncio.timeout that fires while the block sleeps; a sibling logs around it
import asyncio

log = []


async def sibling():
    await asyncio.sleep(0.005)
    log.append("sibling")
    await asyncio.sleep(0.03)
    log.append("sibling-late")


async def main():
    task = asyncio.create_task(sibling())
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(0.01)
            log.append("half")
            await asyncio.sleep(1)
            log.append("never")
    except TimeoutError:
        log.append("timeout")
    await task
    log.append("end")


asyncio.run(main())
print(log)
