# The end of a pool of queue workers (session22/a02): each worker cancelled, then
# `outcome = await asyncio.gather(*tasks, return_exceptions=True)` kept and walked. Before session 24:
# "`gather(..., return_exceptions=True)` is imported as a statement".
import asyncio

kinds = []


async def worker(queue, results):
    while True:
        delay = await queue.get()
        await asyncio.sleep(delay / 1000)
        results.append(delay)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for delay in [30, 10, 20, 10, 5]:
        queue.put_nowait(delay)
    results = []
    tasks = [asyncio.create_task(worker(queue, results)) for i in range(2)]
    await queue.join()
    for task in tasks:
        task.cancel()
    outcome = await asyncio.gather(*tasks, return_exceptions=True)
    for o in outcome:
        kinds.append(type(o).__name__)
    print(len(results), "jobs")


asyncio.run(main())
