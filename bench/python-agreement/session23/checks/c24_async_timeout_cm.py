# check: asyncio.timeout() (3.11) cancels the body and raises TimeoutError; code after the sleep never runs
import asyncio

steps = []


async def main():
    try:
        async with asyncio.timeout(0.01):
            steps.append(1)
            await asyncio.sleep(0.05)
            steps.append(2)
    except TimeoutError:
        steps.append(3)
    steps.append(4)


asyncio.run(main())
