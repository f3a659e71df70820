# check: gather(*pending) over the pending set of asyncio.wait: its results come in the set's order
import asyncio

results = []


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(n, 0.001 if n == 0 else 0.01)) for n in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    rest = await asyncio.gather(*pending)
    results.extend(rest)


asyncio.run(main())
