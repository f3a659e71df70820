# Sleeps taken from a config dict of float lists by a retry counter known only at run time (session 18
# a06's form): each float a duration in integer nanoseconds at import time, the list a tuple of them.
# CPython 3.11.7 (5 runs): {'slow': 2} {'slow': 'slow-ok'}, 5 of 5; weft explore: that one outcome, complete within the
# 20 ms window (the 200 ms first try times out at 50 ms, the 1 ms second one does not).
import asyncio

TIMEOUT = 0.05
DELAYS = {"slow": [0.2, 0.001]}

attempts = {}
status = {}


async def call(service, attempt):
    await asyncio.sleep(DELAYS[service][attempt])
    return f"{service}-ok"


async def call_with_retry(service):
    for attempt in range(2):
        attempts[service] = attempt + 1
        try:
            status[service] = await asyncio.wait_for(call(service, attempt), timeout=TIMEOUT)
            return
        except asyncio.TimeoutError:
            pass
    status[service] = "gave-up"


if __name__ == "__main__":
    asyncio.run(call_with_retry("slow"))
    print(attempts, status)
