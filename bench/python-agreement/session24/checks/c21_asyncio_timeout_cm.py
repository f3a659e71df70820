"""asyncio.timeout (3.11) around a slow step: TimeoutError outside, the finally inside runs first."""
import asyncio

log = []


async def slow_step():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("cleanup")


async def main():
    try:
        async with asyncio.timeout(0.01):
            await slow_step()
    except TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
