# CHECK (session 19): a Semaphore's unit released to the first of three waiters, cancelled before it resumes.
# CPython 3.11.7: ['w0 cancelled', 'w1 in', 'w2 in', 'end'] in 20 of 20; among weft's 4 outcomes (its one outcome
# since the lead's FIFO hand-over of asyncio primitives, merged from main).
import asyncio

log = []


async def worker(name, sem):
    try:
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    tasks = [asyncio.create_task(worker(f"w{i}", sem)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release()
    tasks[0].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    log.append("end")


asyncio.run(main())
print(log)
