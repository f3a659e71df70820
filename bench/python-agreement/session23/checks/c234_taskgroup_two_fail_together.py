# check: two TaskGroup children due at the same moment both raise; the first's abort cancels the second before it runs: one exception
import asyncio

count = -1
log = []


async def failing(n):
    try:
        await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(-n)
        raise
    raise ValueError(n)


async def main():
    global count
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            tg.create_task(failing(2))
    except* ValueError as eg:
        count = len(eg.exceptions)


asyncio.run(main())
