# asyncio.timeout() whose body swallows the CancelledError: no TimeoutError comes out (3.11).
import asyncio

log = []


async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append("swallowed")
        log.append("after block")
    except TimeoutError:
        log.append("timeout")
    print(log)


asyncio.run(main())
