# Two `wait_for`s one after the other in the same coroutine: the first times out (its poll never ends),
# the second's coroutine is done at its first step. weft (start binary) also lists `fault` (TimeoutError
# not caught) under "complete within a 20ms time window": in that schedule the second wait gives up at
# 5.1 ms, the very instant it starts, which is the first wait's deadline (trace: "await task timeout 5ms:
# blocks", then "times out" at the same time, before its task's first step). CPython: ['timeout', 'up']
# every run (the second time-out is 5 ms away). A state CPython cannot reach, not a missed one.
import asyncio

flag = {"up": False}
log = []


async def poll_until_up():
    while not flag["up"]:
        await asyncio.sleep(0.001)
    return "up"


async def main():
    try:
        log.append(await asyncio.wait_for(poll_until_up(), timeout=0.005))
    except asyncio.TimeoutError:
        log.append("timeout")
    flag["up"] = True
    log.append(await asyncio.wait_for(poll_until_up(), timeout=0.005))


asyncio.run(main())
print(log)
