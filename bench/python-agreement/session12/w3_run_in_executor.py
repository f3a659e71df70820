import asyncio, time
def blocking(n):
    time.sleep(0.01)
    return n * 2
async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*[loop.run_in_executor(None, blocking, i) for i in range(3)])
    return sum(results)
print(asyncio.run(main()))
