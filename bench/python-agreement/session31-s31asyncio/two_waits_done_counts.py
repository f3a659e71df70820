# two `asyncio.wait(..., FIRST_COMPLETED)` in one coroutine, then `len(done)` of each: the first count was
# overwritten by the second's in the start build (CPython [1, 2]; weft listed [1, 1] and [2, 2], "complete")
import asyncio
counts = []
async def job(d):
    await asyncio.sleep(d)
async def main():
    a = [asyncio.create_task(job(0.001)), asyncio.create_task(job(1))]
    done1, pending1 = await asyncio.wait(a, return_when=asyncio.FIRST_COMPLETED)
    b = [asyncio.create_task(job(0.001)), asyncio.create_task(job(0.001)), asyncio.create_task(job(0.5))]
    done2, pending2 = await asyncio.wait(b, return_when=asyncio.FIRST_COMPLETED)
    counts.append(len(done1))
    counts.append(len(done2))
    for t in pending2:
        t.cancel()
    for t in pending1:
        t.cancel()
asyncio.run(main())
print(counts)
