# asyncio.run's end cancels a task left running that is inside `async with asyncio.TaskGroup()`: CPython's
# group cancels its children and waits for their handlers before CancelledError goes on (log=[-1, -2, 0]
# or [-2, -1, 0]). weft's cancel did neither (session23's r09 cause): refused at `asyncio.run`.
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def supervisor():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
    except asyncio.CancelledError:
        log.append(0)
        raise


async def main():
    asyncio.create_task(supervisor())
    await asyncio.sleep(0.005)


asyncio.run(main())
