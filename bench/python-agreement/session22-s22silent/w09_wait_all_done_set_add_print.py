# A set of results and a print per task: order-free for the state (weft keeps no printed text).
import asyncio

seen = set()
failed = 0


async def work(x):
    await asyncio.sleep(x / 100)
    return x


async def main():
    global failed
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    bad = 0
    for t in done:
        print("finished")
        value = await t
        seen.add(value)
        if t.exception() is not None:
            bad += 1
    failed = bad


asyncio.run(main())
