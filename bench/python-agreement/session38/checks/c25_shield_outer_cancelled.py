# ordered
# shield: cancelling the outer await does not cancel the inner task, which completes on its own.
import asyncio

log = []


async def commit():
    await asyncio.sleep(0.03)
    log.append("committed")
    return 7


async def main():
    inner = asyncio.create_task(commit())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), timeout=0.01))
    try:
        await outer
    except asyncio.TimeoutError:
        log.append("outer timed out")
    log.append(await inner)


asyncio.run(main())
print(log)
