# Check: `async with asyncio.timeout(...)` (3.11) cancels the body and raises TimeoutError; code after the block runs. Bug: none.
import asyncio

steps = []
timed_out = 0


async def main():
    global timed_out
    try:
        async with asyncio.timeout(0.02):
            steps.append(1)
            await asyncio.sleep(0.5)
            steps.append(2)
    except TimeoutError:
        timed_out += 1
    steps.append(3)


asyncio.run(main())
print(f"steps={steps} timed_out={timed_out}")
