# check: when a TaskGroup task fails, its siblings are cancelled and their finally blocks run
import asyncio

log = []


async def worker(name, delay, fail):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise KeyError(name)
        log.append(f"{name} done")
    finally:
        log.append(f"{name} cleanup")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 0.01, True))
            tg.create_task(worker("b", 0.05, False))
            tg.create_task(worker("c", 0.001, False))
    except* KeyError:
        log.append("caught")


asyncio.run(main())
count = len(log)
print(log)
