# wait_for whose inner coroutine ends well before the deadline returns its value; a second one with a
# long inner times out, the inner's finally runs before TimeoutError reaches the caller.
import asyncio

log = []


async def inner(d, name):
    try:
        await asyncio.sleep(d)
        return name
    finally:
        log.append("finally " + name)


async def main():
    log.append(await asyncio.wait_for(inner(0.001, "fast"), timeout=0.05))
    try:
        await asyncio.wait_for(inner(1, "slow"), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")
    print(log)


asyncio.run(main())
