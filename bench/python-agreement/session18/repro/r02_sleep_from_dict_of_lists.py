# Silent error (weft-start 81fd411): a sleep whose duration is an item of a list in a config dict (session18
# a06's DELAYS). weft explore: complete within the window, only a fault (TypeError in item(DELAYS['a'], 1));
# CPython: ok, done=1.
import asyncio

DELAYS = {"a": [1, 2]}
done = 0


async def main():
    global done
    await asyncio.sleep(DELAYS["a"][1] / 1000)
    done = 1


asyncio.run(main())
