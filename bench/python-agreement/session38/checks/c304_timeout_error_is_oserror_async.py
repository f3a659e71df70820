# ordered
# In 3.11 asyncio.TimeoutError is TimeoutError, a subclass of OSError: `except OSError` catches wait_for's.
import asyncio

log = []


async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except OSError as e:
        log.append(type(e).__name__)


asyncio.run(main())
print(log)
