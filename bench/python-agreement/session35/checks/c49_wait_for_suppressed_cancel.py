"""wait_for times out, but the inner coroutine swallows the cancel and returns a value: 3.11 returns it."""
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
        return "slow"
    except asyncio.CancelledError:
        log.append("cancel swallowed")
        return "partial"


async def main():
    try:
        value = await asyncio.wait_for(stubborn(), timeout=0.01)
        log.append(value)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
