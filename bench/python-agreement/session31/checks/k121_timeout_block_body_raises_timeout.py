# the body of `async with asyncio.timeout(1)` raises TimeoutError itself: it passes out unchanged
import asyncio

outcome = ""


async def main():
    global outcome
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0)
            raise TimeoutError()
    except TimeoutError:
        outcome = "caught"


asyncio.run(main())
print(outcome)
