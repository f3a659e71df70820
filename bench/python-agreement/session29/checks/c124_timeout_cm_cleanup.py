import asyncio

cleaned = 0
seen_cleaned = -1


async def inner():
    global cleaned
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        cleaned = 1
        raise


async def main():
    global seen_cleaned
    try:
        async with asyncio.timeout(0.005):
            await inner()
    except TimeoutError:
        seen_cleaned = cleaned


asyncio.run(main())
print(seen_cleaned, cleaned)
