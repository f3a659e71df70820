# The asyncio docs pattern: a queue of sleep jobs, three workers, queue.join(), then cancel the workers.
# variant _g: the final values also stored in the module dict `final`, so that agree.py compares them
import asyncio

final = {}


async def worker(name, queue, log):
    while True:
        delay_ms = await queue.get()
        await asyncio.sleep(delay_ms / 1000)
        log.append((name, delay_ms))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for delay_ms in [7, 3, 5, 2, 4]:
        queue.put_nowait(delay_ms)
    log = []
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue, log)) for i in range(3)]
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print("jobs", sorted(d for _, d in log))
    for w, d in log:
        final[w] = final.get(w, 0) + d
    final["order"] = ",".join(str(d) for _, d in log)
    print("per worker", {n: sum(d for w, d in log if w == n) for n in sorted({w for w, _ in log})})
    print("cancelled", sum(isinstance(r, asyncio.CancelledError) for r in results))


asyncio.run(main())
