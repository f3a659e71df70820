import asyncio

log: list[str] = []


async def worker(name: str, delay: float) -> None:
    try:
        await asyncio.sleep(delay)
        log.append(name + ":done")
    except asyncio.CancelledError:
        log.append(name + ":cancelled")
        raise
    finally:
        log.append(name + ":finally")


async def main() -> None:
    slow = asyncio.create_task(worker("slow", 0.05))
    try:
        await asyncio.wait_for(worker("inner", 0.05), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")
    slow.cancel()
    await asyncio.gather(slow, return_exceptions=True)
    await worker("quick", 0.001)


asyncio.run(main())
print(log)
