# a TaskGroup child waits for a go signal and then fails; the sibling counting passes is cancelled
import asyncio

counted = 0
at_cancel = -1
report = {}


async def counter():
    global counted, at_cancel
    try:
        while True:
            counted += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        at_cancel = counted
        raise


async def validator(go):
    await go.wait()
    raise ValueError("invalid batch")


async def starter(go):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    go.set()


async def main():
    go = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(counter())
            tg.create_task(starter(go))
            tg.create_task(validator(go))
    except* ValueError:
        report["caught_at"] = counted


asyncio.run(main())
print(at_cancel, report)
