# check: 3.11's wait_for returns the inner coroutine's value when it swallows the cancellation of a time-out
import asyncio

res = []


async def stubborn():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        return 7
    return 1


async def main():
    try:
        res.append(await asyncio.wait_for(stubborn(), 0.01))
    except asyncio.TimeoutError:
        res.append(-1)


asyncio.run(main())
