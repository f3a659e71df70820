# ordered
# asyncio.timeout() (3.11): the block is cancelled at the deadline and TimeoutError comes out of the with.
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
        log.append("slow finished")
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.02):
            await slow()
    except TimeoutError:
        log.append("timed out")


asyncio.run(main())
print(log)
