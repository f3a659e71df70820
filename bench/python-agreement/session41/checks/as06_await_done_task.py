# check: awaiting an already finished task does not suspend
import asyncio

log = []


async def quick():
    return 7


async def late():
    log.append("late ran")


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    t2 = asyncio.create_task(late())
    r = await t
    log.append(f"r={r}")
    await t2


asyncio.run(main())
print(log)
