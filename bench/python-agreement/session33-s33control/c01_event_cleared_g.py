# BUG: lost wake-up with a reused Event (session32/a06 with its final state in module names): the
# dispatcher sets and at once clears "work available"; the late worker misses it and times out.
# `jobs.pop() if jobs else "nothing"` is the conditional expression whose branch pops.
import asyncio

jobs = []
done = []


async def worker(name, work_ready, startup_delay):
    await asyncio.sleep(startup_delay)
    try:
        await asyncio.wait_for(work_ready.wait(), timeout=0.05)
    except asyncio.TimeoutError:
        done.append((name, "missed"))
        return
    done.append((name, jobs.pop() if jobs else "nothing"))


async def dispatcher(work_ready):
    await asyncio.sleep(0.01)
    jobs.extend(["resize", "upload"])
    work_ready.set()
    work_ready.clear()


async def main():
    work_ready = asyncio.Event()
    await asyncio.gather(worker("early", work_ready, 0.0), worker("late", work_ready, 0.02), dispatcher(work_ready))


asyncio.run(main())
print(sorted(done), jobs)
