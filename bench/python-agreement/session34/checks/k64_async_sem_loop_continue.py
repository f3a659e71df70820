# `async with sem:` inside a try inside a loop: a raise goes to `except` which `continue`s.
import asyncio

peak = 0
holders = 0
done = []


async def worker(sem, items):
    global peak, holders
    for item in items:
        try:
            async with sem:
                holders += 1
                peak = max(peak, holders)
                await asyncio.sleep(0)
                holders -= 1
                if item < 0:
                    raise ValueError(item)
                done.append(item)
        except ValueError:
            continue


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(worker(sem, [1, -2, 3]), worker(sem, [-4, 5]))
    print(peak, done)


asyncio.run(main())
