# asyncio.wait with a timeout does not cancel the pending tasks: they run on
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    log.append(name)


async def main():
    fast = asyncio.create_task(job("fast", 0.01))
    slow = asyncio.create_task(job("slow", 0.05))
    done, pending = await asyncio.wait([fast, slow], timeout=0.02)
    log.append(f"done={len(done)} pending={len(pending)}")
    await asyncio.sleep(0.06)


asyncio.run(main())
print(log)
