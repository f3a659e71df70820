# `[t for t in tasks if t.done()]` and `[... if not t.done()]` after a sleep: the done ones' results summed
# in the list's order, the rest cancelled (a hand-made `wait` with a time-out)
import asyncio

finished_count = -1
stuck_count = -1
total = 0
names = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    global finished_count, stuck_count, total
    tasks = [asyncio.create_task(job(n, d)) for n, d in ((1, 0.001), (2, 0.5), (3, 0.002), (4, 0.3))]
    await asyncio.sleep(0.05)
    finished = [t for t in tasks if t.done()]
    stuck = [t for t in tasks if not t.done()]
    finished_count = len(finished)
    stuck_count = len(stuck)
    for t in finished:
        value = t.result()
        total += value
        names.append(value)
    for t in stuck:
        t.cancel()


asyncio.run(main())
print(finished_count, stuck_count, total, names)
