import asyncio
count = 0
async def incr():
    global count
    c = count
    await asyncio.sleep(0)
    count = c + 1
async def main():
    await asyncio.gather(*[incr() for _ in range(3)])
asyncio.run(main())
print(count)
