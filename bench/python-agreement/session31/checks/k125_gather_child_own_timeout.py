# gather(return_exceptions=True) of requests, one of which times out on its own wait_for: its slot holds the error
import asyncio

kinds = []


async def request(delay):
    await asyncio.wait_for(asyncio.sleep(delay), timeout=0.01)
    return delay


async def main():
    results = await asyncio.gather(request(0), request(1), return_exceptions=True)
    for r in results:
        kinds.append("timeout" if isinstance(r, TimeoutError) else "ok")


asyncio.run(main())
print(kinds)
