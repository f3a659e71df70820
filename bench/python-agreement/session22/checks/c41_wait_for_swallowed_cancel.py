import asyncio

log = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallowed")
        return "partial"
    return "full"


async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.01)
        log.append(f"returned {r}")
    except asyncio.TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
