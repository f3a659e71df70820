# check: wait_for's timeout cancels the inner coroutine, whose finally runs
import asyncio

trail = []


async def download():
    try:
        trail.append("start")
        await asyncio.sleep(1)
        trail.append("done")
    finally:
        trail.append("cleanup")


async def main():
    try:
        await asyncio.wait_for(download(), timeout=0.01)
    except asyncio.TimeoutError:
        trail.append("timeout")


asyncio.run(main())
print(trail)
