"""Two coroutines poll a flag with `await asyncio.sleep(0)`, each writing its own constant marker every
pass; the setter sets the flag after 2 ms. A pass of sleep(0) takes no virtual time in weft; the
markers' writes store the value already there, so from the second pass each poll is a spin-wait.
CPython 3.11: `1 1 1` in every run."""
import asyncio

ready = 0
a_polled = 0
b_polled = 0


async def setter():
    global ready
    await asyncio.sleep(0.002)
    ready = 1


async def poll_a():
    global a_polled
    while not ready:
        a_polled = 1
        await asyncio.sleep(0)


async def poll_b():
    global b_polled
    while ready == 0:
        b_polled = 1
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(poll_a(), poll_b(), setter())


asyncio.run(main())
print(ready, a_polled, b_polled)
