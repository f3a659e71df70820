"""gather() without return_exceptions: the first exception reaches the caller, the sibling keeps running."""
import asyncio

log: list[str] = []


async def fail_fast() -> None:
    await asyncio.sleep(0.005)
    raise ValueError("bad input")


async def slow_writer() -> None:
    await asyncio.sleep(0.02)
    log.append("slow finished")


async def main() -> None:
    try:
        await asyncio.gather(fail_fast(), slow_writer())
    except ValueError as e:
        log.append(f"caught {e}")
    await asyncio.sleep(0.05)
    log.append("main end")


asyncio.run(main())
print(log)
