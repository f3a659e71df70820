# check (program): asyncio crawler with a semaphore, a per-page timeout and a results dict
import asyncio

PAGES = {"/": 0.001, "/a": 0.002, "/b": 0.03, "/c": 0.001}
status = {}
in_flight = 0
peak = 0


async def fetch(path, sem):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            await asyncio.wait_for(asyncio.sleep(PAGES[path]), timeout=0.01)
            status[path] = 200
        except asyncio.TimeoutError:
            status[path] = 504
        finally:
            in_flight -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(fetch("/", sem), fetch("/a", sem), fetch("/b", sem), fetch("/c", sem))


asyncio.run(main())
print(status, peak, in_flight)
