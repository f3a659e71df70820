# Expected: wait_for cancels the slow call after 0.05 s; timeouts == 1 and the fast call completes.
import asyncio

completed = 0
timeouts = 0


async def call_service(delay):
    global completed
    await asyncio.sleep(delay)
    completed += 1
    return delay


async def main():
    global timeouts
    for delay in (0.01, 0.2):
        try:
            await asyncio.wait_for(call_service(delay), timeout=0.05)
        except asyncio.TimeoutError:
            timeouts += 1
            print(f"service too slow ({delay}s)")
    print(f"completed={completed} timeouts={timeouts}")


if __name__ == "__main__":
    asyncio.run(main())
