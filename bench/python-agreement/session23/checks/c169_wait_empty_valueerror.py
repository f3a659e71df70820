# check: asyncio.wait([]) raises ValueError; gather() of nothing returns []
import asyncio

log = []


async def main():
    tasks = []
    try:
        await asyncio.wait(tasks)
    except ValueError:
        log.append(1)
    empty = await asyncio.gather()
    log.append(len(empty))


asyncio.run(main())
