# check: asyncio.wait(FIRST_COMPLETED), then cancel the rest and count them
import asyncio

log = []


async def mirror(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(mirror(n, d)) for n, d in (("eu", 0.004), ("us", 0.001), ("ap", 0.006))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for t in done:
        log.append(f"winner {t.result()}")
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    log.append(f"pending={len(pending)}")


asyncio.run(main())
print(sorted(log))
