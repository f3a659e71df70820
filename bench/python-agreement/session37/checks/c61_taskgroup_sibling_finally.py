import asyncio

log = []


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(name)
        log.append(f"{name} done")
    finally:
        log.append(f"{name} finally")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 0.001, fail=True))
            tg.create_task(worker("b", 0.02))
            tg.create_task(worker("c", 0.0005))
    except* RuntimeError:
        log.append("caught")


asyncio.run(main())
print(log)  # ordered
