# Wrong words (a refusal, not a silent error): a coroutine run by `gather` starts a task, waits for it
# through `wait_for(shield(task), t)`, and awaits it in its `finally`. weft (start binary) refuses at
# 30:1: "the task started at line 17 is not awaited by the coroutine that started it" -- it is, in the
# `finally`. The same `await task` after the `try` imports (and so does one `handle()` without gather).
# CPython: two 'timeout' and two 'committed' (their order varies with the load). (Held-out a02_shield_commit.py.)
import asyncio

log = []


async def commit():
    await asyncio.sleep(0.005)
    log.append("committed")


async def handle():
    task = asyncio.create_task(commit())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")
    finally:
        await task


async def main():
    await asyncio.gather(handle(), handle())


asyncio.run(main())
print(log)
