# wait_for's time-out cancels the coroutine, which catches the cancel and returns a partial result:
# CPython 3.11's wait_for then returns that result instead of raising TimeoutError
import asyncio

outcome = ""


async def crawl():
    pages = 0
    try:
        while True:
            await asyncio.sleep(0.004)
            pages += 1
    except asyncio.CancelledError:
        return f"partial {pages > 0}"


async def main():
    global outcome
    try:
        outcome = await asyncio.wait_for(crawl(), timeout=0.02)
    except asyncio.TimeoutError:
        outcome = "timeout"


asyncio.run(main())
print(outcome)
