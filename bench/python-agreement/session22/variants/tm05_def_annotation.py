# timing: io_task sleeps 40 ms while cpu_task blocks the loop twice for 30 ms (def-line annotation): about 60 ms
import asyncio


def parse(n):  # weft: cpu 30ms
    acc = 0
    for i in range(n):
        acc += i
    return acc


async def cpu_task():
    await asyncio.sleep(0)
    parse(850_000)
    await asyncio.sleep(0)
    parse(850_000)
    return "cpu done"


async def io_task():
    await asyncio.sleep(0.04)
    return "io done"


async def main():
    results = await asyncio.gather(io_task(), cpu_task())
    print(results)


asyncio.run(main())
