# asyncio.wait_for's time-out cancels the inner coroutine; its finally runs before wait_for raises.
import asyncio

log = []


async def slow():
    try:
        await asyncio.sleep(1)
        log.append("finished")
    finally:
        log.append("cleanup")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
