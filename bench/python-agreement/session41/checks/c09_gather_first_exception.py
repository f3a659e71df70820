# check: gather without return_exceptions raises the first error; the other tasks keep running
import asyncio

finished = []
caught = []


async def job(n, d, fail):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"job{n}")
    finished.append(n)


async def main():
    try:
        await asyncio.gather(job(1, 0.002, True), job(2, 0.005, False), job(3, 0.001, False))
    except ValueError as e:
        caught.append(str(e))
    await asyncio.sleep(0.01)


asyncio.run(main())
print(finished, caught)
