# timing: a coroutine does 30 ms of CPU work that blocks the loop while others sleep 20 ms (makespan about 30 + 20 = 50 ms)
import asyncio
import time


def burn(ms):  # weft: cpu 30ms
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


async def cruncher():
    burn(30)
    await asyncio.sleep(0.02)
    return "crunched"


async def sleeper():
    await asyncio.sleep(0.02)
    return "slept"


async def main():
    print(await asyncio.gather(sleeper(), cruncher(), sleeper()))


asyncio.run(main())
