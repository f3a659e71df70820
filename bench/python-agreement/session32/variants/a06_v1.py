# BUG: lost wake-up with a reused Event: the dispatcher sets and immediately clears "work available";
# a worker that was not already waiting on it misses the signal and its wait times out.
import asyncio


async def worker(name, work_ready, jobs, done, startup_delay):
    await asyncio.sleep(startup_delay)
    try:
        await asyncio.wait_for(work_ready.wait(), timeout=0.05)
    except asyncio.TimeoutError:
        done.append((name, "missed"))
        return
    job = "nothing"
    if jobs:
        job = jobs.pop()
    done.append((name, job))


async def dispatcher(work_ready, jobs):
    await asyncio.sleep(0.01)
    jobs.extend(["resize", "upload"])
    work_ready.set()
    work_ready.clear()   # BUG: clearing right away loses the signal for late waiters


async def main():
    work_ready = asyncio.Event()
    jobs = []
    done = []
    await asyncio.gather(
        worker("early", work_ready, jobs, done, 0.0),
        worker("late", work_ready, jobs, done, 0.02),
        dispatcher(work_ready, jobs),
    )
    print(sorted(done))
    print("left", jobs)


asyncio.run(main())
