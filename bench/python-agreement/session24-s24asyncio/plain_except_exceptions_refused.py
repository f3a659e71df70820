# `e.exceptions` of a plain `except KeyError as e:` is AttributeError in CPython: still refused.
import asyncio

log = []


async def main():
    try:
        raise KeyError("k")
    except KeyError as e:
        print([repr(x) for x in e.exceptions])
    log.append(1)


asyncio.run(main())
