# check: asyncio.wait_for(coro, 0) never starts the coroutine (3.11) and raises TimeoutError
import asyncio

trail = []


async def quick():
    trail.append("started")
    return 5


async def main():
    try:
        value = await asyncio.wait_for(quick(), timeout=0)
        trail.append(f"value {value}")
    except asyncio.TimeoutError:
        trail.append("timeout")


asyncio.run(main())
joined = " ".join(trail)
print(joined)
