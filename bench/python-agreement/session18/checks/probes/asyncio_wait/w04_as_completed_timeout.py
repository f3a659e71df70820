import asyncio

got = []
timed_out = 0

async def job(n):
    await asyncio.sleep(0.001 if n == 0 else 0.5)
    return n

async def main():
    global timed_out
    try:
        for fut in asyncio.as_completed([job(n) for n in range(2)], timeout=0.05):
            got.append(await fut)
    except asyncio.TimeoutError:
        timed_out = 1

asyncio.run(main())
