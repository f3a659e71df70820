# asyncio.wait_for times out: the inner coroutine is cancelled and its finally runs before wait_for returns.
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(0.2)
        log.append("slow done")
    finally:
        log.append("slow cleanup")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
