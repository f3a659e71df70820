# ordered
# wait_for(coro, timeout=0) in 3.11: the coroutine's task is not done yet, so it is cancelled and
# TimeoutError raised, even for a coroutine that would finish at once.
import asyncio

log = []


async def quick():
    log.append("quick ran")
    return 1


async def main():
    try:
        log.append(await asyncio.wait_for(quick(), timeout=0))
    except asyncio.TimeoutError:
        log.append("timeout")
    log.append(await asyncio.wait_for(quick(), timeout=None))


asyncio.run(main())
print(log)
