# timing: io_task sleeps 40 ms while cpu_task blocks the loop for 30 ms, yields, then 20 ms more: the sleep ends inside the second block, so about 50 ms
import asyncio


def parse(n):
    acc = 0
    for i in range(n):
        acc += i
    return acc


async def cpu_task():
    await asyncio.sleep(0)
    parse(850_000)  # weft: cpu 30ms
    await asyncio.sleep(0)
    parse(570_000)  # weft: cpu 20ms
    return "cpu done"


async def io_task():
    await asyncio.sleep(0.04)
    return "io done"


async def main():
    results = await asyncio.gather(io_task(), cpu_task())
    print(results)


asyncio.run(main())
