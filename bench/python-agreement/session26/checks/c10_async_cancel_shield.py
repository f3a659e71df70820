import asyncio

log: list[str] = []


async def worker(name: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
        log.append(name + ":done")
        return name
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
    results = await asyncio.gather(slow, worker("quick", 0.001), return_exceptions=True)
    log.append(f"results={len(results)}")


asyncio.run(main())
print(log)
