# Per-worker asyncio queues made by a loop in main over a module tuple of names; a dispatcher deals
# jobs round-robin, then a None to each.
import asyncio

WORKERS = ("w0", "w1", "w2")
inboxes = {}
done = []


async def worker(name):
    inbox = inboxes[name]
    while True:
        job = await inbox.get()
        if job is None:
            break
        await asyncio.sleep(0.001 * (job % 3))
        done.append((name, job))


async def main():
    for name in WORKERS:
        inboxes[name] = asyncio.Queue(maxsize=1)
    tasks = [asyncio.create_task(worker(n)) for n in WORKERS]
    for job in range(7):
        await inboxes[WORKERS[job % 3]].put(job)
    for inbox in inboxes.values():
        await inbox.put(None)
    await asyncio.gather(*tasks)
    print(sorted(done), len(done))


asyncio.run(main())
