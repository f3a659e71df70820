"""A coroutine polls a flag with `await asyncio.sleep`; another sets it after its own sleep.
CPython 3.11: always ok, flag_seen = 1 (the polling sleep gives the loop to the setter).
weft (start binary): explore lists a deadlock beside ok: "waiter waits for a write to `ready` (its `while`
loop spins on it)" while the setter "waits for loop main (its thread is blocked), held by" the waiter. The same with `while not ev.is_set():`
of an asyncio.Event, or `while b.tokens == 0:` of an instance (held-out a02_token_bucket)."""
import asyncio

ready = 0
flag_seen = 0


async def setter():
    global ready
    await asyncio.sleep(0.002)
    ready = 1


async def waiter():
    global flag_seen
    while ready == 0:
        await asyncio.sleep(0.001)
    flag_seen = 1


async def main():
    await asyncio.gather(waiter(), setter())


asyncio.run(main())
print(ready, flag_seen)
