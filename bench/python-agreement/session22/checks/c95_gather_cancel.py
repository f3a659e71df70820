import asyncio

log = []


async def child(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 0.1))
    await asyncio.sleep(0.03)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        log.append("gather cancelled")


asyncio.run(main())
print(log)
