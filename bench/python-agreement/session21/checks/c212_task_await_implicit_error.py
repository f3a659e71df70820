# awaiting a task re-raises its implicit ZeroDivisionError
import asyncio

log = []


async def divide(d):
    await asyncio.sleep(0.01)
    return 10 // d


async def main():
    task = asyncio.create_task(divide(0))
    try:
        value = await task
        log.append("value")
    except ZeroDivisionError:
        log.append("caught")


asyncio.run(main())
print(log)
