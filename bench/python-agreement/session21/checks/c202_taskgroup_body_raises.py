# an exception in the body of `async with TaskGroup()` cancels its tasks; 3.11 raises it inside an ExceptionGroup
import asyncio

log = []


async def worker(name):
    try:
        await asyncio.sleep(0.05)
        log.append(name + " done")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a"))
            await asyncio.sleep(0.01)
            raise KeyError("body failed")
    except* KeyError:
        log.append("caught KeyError group")


asyncio.run(main())
print(log)
