# A cancellable download manager: downloads run as tasks; the slowest is cancelled; gather collects the rest
import asyncio
from dataclasses import dataclass


@dataclass
class Download:
    name: str
    chunks: int
    done: int = 0
    status: str = "queued"


async def fetch(d: Download):
    d.status = "running"
    try:
        for _ in range(d.chunks):
            await asyncio.sleep(0.002)
            d.done += 1
        d.status = "complete"
        return d.done
    except asyncio.CancelledError:
        d.status = "cancelled"
        raise
    finally:
        progress[d.name] = d.done


progress = {}
downloads = [Download("iso", 50), Download("pdf", 2), Download("mp3", 4)]


async def main():
    tasks = {d.name: asyncio.create_task(fetch(d)) for d in downloads}
    await asyncio.sleep(0.015)
    tasks["iso"].cancel()
    results = await asyncio.gather(tasks["iso"], tasks["pdf"], tasks["mp3"], return_exceptions=True)
    for r in results:
        outcome.append("cancelled" if isinstance(r, asyncio.CancelledError) else r)


outcome = []
asyncio.run(main())
statuses = {d.name: d.status for d in downloads}
print("outcome:", outcome)
print("statuses:", statuses)
print("pdf/mp3 progress:", progress["pdf"], progress["mp3"], "iso partial:", 0 < progress["iso"] < 50)
