# check: asyncio.wait with a time-out leaves the pending tasks running; they finish later
import asyncio

trail = []


async def job(name, delay):
    await asyncio.sleep(delay)
    trail.append(name)


async def main():
    tasks = [asyncio.create_task(job("fast", 0.01)), asyncio.create_task(job("slow", 0.05))]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    trail.append(f"done {len(done)} pending {len(pending)}")
    await asyncio.sleep(0.06)


asyncio.run(main())
joined = " | ".join(trail)
print(joined)
