# on time-out, wait_for cancels the inner task and waits for its cleanup before raising TimeoutError
import asyncio

cleaned = 0
seen_cleaned = -1


async def inner():
    global cleaned
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        cleaned = 1
        raise


async def main():
    global seen_cleaned
    try:
        await asyncio.wait_for(inner(), timeout=0.005)
    except asyncio.TimeoutError:
        seen_cleaned = cleaned


asyncio.run(main())
print(seen_cleaned, cleaned)
