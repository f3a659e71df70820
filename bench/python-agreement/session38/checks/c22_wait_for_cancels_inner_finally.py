# ordered
# wait_for's timeout cancels the inner coroutine; its finally runs before wait_for raises.
import asyncio

log = []


async def fetch():
    try:
        await asyncio.sleep(1)
        return "data"
    finally:
        log.append("fetch cleanup")


async def main():
    try:
        await asyncio.wait_for(fetch(), timeout=0.02)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
