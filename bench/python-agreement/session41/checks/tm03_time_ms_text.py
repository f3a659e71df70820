# check: elapsed milliseconds of a sleep, rounded, stored as text
import asyncio
import time

report = ""


async def main():
    global report
    t0 = time.perf_counter()
    await asyncio.sleep(0.003)
    report = f"{(time.perf_counter() - t0) * 1000:.0f}ms"


asyncio.run(main())
print(report)
