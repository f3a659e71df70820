import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cleanup")
    await asyncio.sleep(0.01)
    log.append("kept going")
    return 7


async def quick():
    return 1


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    first = t.cancel()
    log.append(f"cancel {first}")
    r = await t
    log.append(f"result {r}")
    q = asyncio.create_task(quick())
    await q
    second = q.cancel()
    log.append(f"cancel done {second}")


asyncio.run(main())
print(log)
