import asyncio
import time

log = []

def blocking(n):
    time.sleep(0.01)
    return n * 2

async def ticker():
    for _ in range(2):
        log.append("tick")
        await asyncio.sleep(0.004)

async def main():
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker())
    log.append(f"result={result}")

asyncio.run(main())
