# asyncio.gather of three sleeps (10, 30, 20 ms): the run lasts as long as the longest, about 30 ms
import asyncio

finished = []


async def job(name, delay):
    await asyncio.sleep(delay)
    finished.append(name)


async def main():
    await asyncio.gather(job("a", 0.01), job("b", 0.03), job("c", 0.02))


asyncio.run(main())
print("finished:", finished)
