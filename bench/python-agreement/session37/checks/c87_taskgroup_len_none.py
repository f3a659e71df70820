import asyncio

DATA = {"a": [1, 2], "b": None}
log = []


async def count(key):
    await asyncio.sleep(0)
    log.append(len(DATA[key]))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(count("a"))
            tg.create_task(count("b"))
    except* TypeError:
        log.append("type error")


asyncio.run(main())
print(log)  # ordered
