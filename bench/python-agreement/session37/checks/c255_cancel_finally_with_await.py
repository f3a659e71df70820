import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.002)
        log.append("cleanup done")


async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cancelled")


asyncio.run(main())
print(log)  # ordered
