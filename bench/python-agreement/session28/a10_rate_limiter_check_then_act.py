# BUG: check-then-act: the limiter checks `active < LIMIT`, awaits, then counts in, so more than LIMIT run at once
import asyncio

LIMIT = 2
active = 0
peak = 0
done = 0


class RateLimiter:
    async def acquire(self) -> None:
        global active, peak
        while active >= LIMIT:
            await asyncio.sleep(0.001)
        await asyncio.sleep(0)  # e.g. record the attempt
        active += 1
        peak = max(peak, active)

    def release(self) -> None:
        global active
        active -= 1


async def call_api(limiter: RateLimiter, n: int) -> None:
    global done
    await limiter.acquire()
    try:
        await asyncio.sleep(0.01)
        done += 1
    finally:
        limiter.release()


async def main() -> None:
    limiter = RateLimiter()
    await asyncio.gather(*[call_api(limiter, n) for n in range(4)])


asyncio.run(main())
print(f"done={done} peak={peak}")
assert peak <= LIMIT, f"{peak} calls ran at once"
