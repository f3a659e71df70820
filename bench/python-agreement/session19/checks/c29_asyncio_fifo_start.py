"""Tasks created in order start in order on the event loop; an Event set before wait() returns at once."""
import asyncio

starts = []
late_wait = 0


async def worker(n, ev):
    global late_wait
    starts.append(n)
    await ev.wait()
    late_wait += 1


async def main():
    ev = asyncio.Event()
    ev.set()
    tasks = [asyncio.create_task(worker(n, ev)) for n in range(3)]
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main())
