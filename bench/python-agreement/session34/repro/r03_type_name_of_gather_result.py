# weft-start: imports; every run faults at weft's limit: "type() of a number (weft's booleans are integers)
# is Python's, not weft's yet in `type_name(r)`" (line 16); explore: 1 outcome, fault, "incomplete".
# CPython 3.11: kinds=['int', 'ValueError'] on every run. The same `type(x).__name__` of a queue's item that
# may be a number is refused at import ("`type(x).__name__` of a number is not supported ..."); a gather's
# results with return_exceptions=True are not refused. Found by checks/k15.
import asyncio

kinds = []


async def child(n):
    if n == 2:
        raise ValueError(n)
    return n


async def main():
    results = await asyncio.gather(child(1), child(2), return_exceptions=True)
    for r in results:
        kinds.append(type(r).__name__)
    print(kinds)


asyncio.run(main())
