# When the body of a TaskGroup raises, the group cancels its children and re-raises in a group.
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(0.05)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x"))
            tg.create_task(child("y"))
            await asyncio.sleep(0.01)
            raise KeyError("body")
    except* KeyError:
        log.append("body error")


asyncio.run(main())
print(log)
