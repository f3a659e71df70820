# gather (no return_exceptions) of requests, one of which times out on its own wait_for: the awaiter catches it
import asyncio

outcome = ""


async def request(delay):
    await asyncio.wait_for(asyncio.sleep(delay), timeout=0.01)
    return delay


async def main():
    global outcome
    try:
        await asyncio.gather(request(0), request(1))
        outcome = "ok"
    except TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
