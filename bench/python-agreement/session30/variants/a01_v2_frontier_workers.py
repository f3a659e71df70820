import asyncio

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/c", "/"],
    "/b": ["/c", "/d"],
    "/c": [],
    "/d": ["/a"],
}

seen = {"/": 1}
order = []
in_flight = 0
peak = 0


async def fetch(sem, path):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001 * len(path))  # the network
        in_flight -= 1
        return SITE[path]


async def worker(sem, frontier):
    while True:
        path = await frontier.get()
        links = await fetch(sem, path)
        order.append(path)
        for link in links:
            if link not in seen:
                seen[link] = 1
                frontier.put_nowait(link)
        frontier.task_done()


async def main():
    sem = asyncio.Semaphore(2)
    frontier = asyncio.Queue()
    frontier.put_nowait("/")
    workers = [asyncio.create_task(worker(sem, frontier)) for _ in range(2)]
    await frontier.join()
    for w in workers:
        w.cancel()
    print("visited:", sorted(seen))
    print("pages:", len(order), "peak:", peak)


asyncio.run(main())
