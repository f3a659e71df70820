"""asyncio.wait_for with timeout=0 on a coroutine not started: CPython 3.11 cancels it and raises TimeoutError."""
import asyncio

log = []


async def quick():
    log.append("started")
    return 5


async def main():
    try:
        value = await asyncio.wait_for(quick(), timeout=0)
        log.append(f"value {value}")
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
