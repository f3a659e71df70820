# gather without return_exceptions: the first error reaches the awaiter; the other children keep running.
import asyncio

log = []


async def child(n):
    await asyncio.sleep(0.001 * n)
    if n == 1:
        raise ValueError("one")
    log.append(n)


async def main():
    try:
        await asyncio.gather(child(1), child(2), child(3))
    except ValueError:
        log.append("caught")
    await asyncio.sleep(0.01)
    print(log)


asyncio.run(main())
