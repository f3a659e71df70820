# timing: io_task sleeps 40 ms while cpu_task blocks the event loop with burn() twice (cost measured by agree.py)
import asyncio


def burn():  # weft: cpu CALIBRATED
    acc = 0
    for i in range(700_000):
        acc += i


async def cpu_task():
    await asyncio.sleep(0)
    burn()
    await asyncio.sleep(0)
    burn()
    return "cpu done"


async def io_task():
    await asyncio.sleep(0.04)
    return "io done"


async def main():
    results = await asyncio.gather(io_task(), cpu_task())
    print(results)


asyncio.run(main())
