# check: a task that catches CancelledError and returns is not cancelled
import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("caught")
    return 5


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.001)
    t.cancel()
    r = await t
    log.append(f"r={r} cancelled={t.cancelled()}")


asyncio.run(main())
print(log)
