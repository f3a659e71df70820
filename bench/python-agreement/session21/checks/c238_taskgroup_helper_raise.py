# a TaskGroup task whose helper function raises (a `raise` statement one call down)
import asyncio

log = []
config = {}


def read_setting(name):
    raise KeyError(name)


async def loader():
    await asyncio.sleep(0.01)
    log.append(read_setting("port"))


async def ticker():
    await asyncio.sleep(0.05)
    log.append("tick")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(loader())
            tg.create_task(ticker())
    except* KeyError:
        log.append("caught")


asyncio.run(main())
print(log)
