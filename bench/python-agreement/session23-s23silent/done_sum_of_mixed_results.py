# Three tasks, one of which gives a string, summed over the `done` set of asyncio.wait: CPython raises
# TypeError at the first string in the set's order (total=0 in 8 of 8 runs), weft took the finish order
# (total=1 only, "complete"). Refused since session 23.
import asyncio

total = 0


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        return "two"
    return n


async def main():
    global total
    tasks = [asyncio.create_task(job(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        total += await t


asyncio.run(main())
print(total)
