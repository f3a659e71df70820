import asyncio
counter = 0
async def incr(lock):
    global counter
    for _ in range(3):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(incr(lock), incr(lock))
asyncio.run(main())
print(counter)
