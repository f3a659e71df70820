"""asyncio.to_thread and run_in_executor(None, ...) run blocking functions; results come back in order."""
import asyncio
import time

results: list[int] = []
log: list[str] = []


def blocking_io(n: int) -> int:
    time.sleep(0.01 * n)
    log.append(f"io{n}")
    return n * 100


async def main() -> None:
    loop = asyncio.get_running_loop()
    first = asyncio.create_task(asyncio.to_thread(blocking_io, 2))
    second = loop.run_in_executor(None, blocking_io, 1)
    results.append(await first)
    results.append(await second)


asyncio.run(main())
print(results, log)
