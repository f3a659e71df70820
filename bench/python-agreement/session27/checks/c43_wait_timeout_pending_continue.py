"""asyncio.wait(timeout=) leaves the pending tasks running: awaited later they still finish."""
import asyncio

log: list[str] = []


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


async def main() -> None:
    tasks = [asyncio.create_task(job("quick", 0.005)), asyncio.create_task(job("slow", 0.03))]
    done, pending = await asyncio.wait(tasks, timeout=0.015)
    log.append(f"done={len(done)} pending={len(pending)}")
    for t in pending:
        log.append(await t)


asyncio.run(main())
print(log)
