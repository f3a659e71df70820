# an implicit IndexError in a TaskGroup's body reaches the caller as an ExceptionGroup, which a plain
# `except IndexError` does not catch
import asyncio

log = []
items = [1]


async def worker():
    await asyncio.sleep(0.05)
    log.append("worker done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            x = items[5]
    except IndexError:
        log.append("caught plain")
    except ExceptionGroup:
        log.append("caught group")


asyncio.run(main())
print(log)
