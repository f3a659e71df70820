"""Workers from a comprehension, more appended and extended, then every one cancelled and gathered."""
import asyncio

handled: list[int] = []
cancelled = 0


async def worker(jobs: asyncio.Queue) -> None:
    global cancelled
    try:
        while True:
            job = await jobs.get()
            await asyncio.sleep(0.002 * job)
            handled.append(job)
            jobs.task_done()
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main() -> None:
    jobs: asyncio.Queue[int] = asyncio.Queue()
    for job in (3, 1, 2, 4):
        jobs.put_nowait(job)
    workers = [asyncio.create_task(worker(jobs)) for _ in range(2)]
    workers.append(asyncio.create_task(worker(jobs)))
    workers += [asyncio.create_task(worker(jobs)) for _ in range(1)]
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
handled.sort()
print(f"handled={handled} cancelled={cancelled}")
assert handled == [1, 2, 3, 4] and cancelled == 4
