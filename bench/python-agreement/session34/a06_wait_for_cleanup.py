# wait_for with a timeout cancels a slow backup; its finally block releases the resource; a fast one finishes.
import asyncio

open_handles = 0
completed = []
timed_out = []


async def backup(name, seconds):
    global open_handles
    open_handles += 1
    try:
        await asyncio.sleep(seconds)
        completed.append(name)
        return len(name)
    finally:
        open_handles -= 1


async def main():
    jobs = {"db": 0.001, "media": 0.2, "logs": 0.002}
    sizes = {}
    for name, seconds in jobs.items():
        try:
            sizes[name] = await asyncio.wait_for(backup(name, seconds), timeout=0.02)
        except asyncio.TimeoutError:
            timed_out.append(name)
    print("sizes", sizes, "timed_out", timed_out, "open", open_handles)


asyncio.run(main())
