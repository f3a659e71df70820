# check: inside asyncio.timeout, code that swallows the CancelledError ends the block without TimeoutError
import asyncio

trail = []


async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                trail.append("swallowed")
        trail.append("no timeout")
    except TimeoutError:
        trail.append("timeout")


asyncio.run(main())
joined = " ".join(trail)
print(joined)
