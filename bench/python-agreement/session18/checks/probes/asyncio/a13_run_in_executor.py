import asyncio
import time

results = []

def crunch(n):
    time.sleep(0.005)
    return n + 100

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, crunch, i) for i in range(3)]
    for f in futs:
        results.append(await f)

asyncio.run(main())
