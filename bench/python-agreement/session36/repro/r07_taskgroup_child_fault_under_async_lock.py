"""Silent error: a TaskGroup child whose operation raises under `async with` of an asyncio.Lock: the
group ends normally in weft, where CPython raises the ExceptionGroup that `except* KeyError` takes.

CPython 3.11 (every run): log = ['caught']
weft (start binary of session 36): "complete", one outcome, log = ['group ended']

The same child without the lock, or under an asyncio.Semaphore, is refused at the `except*` in weft's
words (session 35's refusal for a group whose tasks may raise on an
operation: the group's end is translated as one that never fails); under an asyncio.Lock or Condition
the refusal is not reached. checks/matrix/gen_async_shapes.py (results/matrix_async_shapes.txt): 6 of
12 TaskGroup rows miss so (`None > 25`, a missing key, `float("abc")` under a Lock or a Condition), the
other 6 are refused or agree; `gather(return_exceptions=True)` and an awaited task in a `try` agree in
all 32. Related to r06 (an operation under a Lock's `with` is not judged by engine_raises.rs) and to
session35/repro/r08 (the group's end by done callbacks). Here the dict holds a list (`"row": [1]`, which
makes weft keep it as one value); with only numbers or strings in it the missing key is foreseen and the
program agrees.
"""
import asyncio

DATA = {"a": 1, "row": [1]}
log = []


async def child(key):
    async with LOCK:
        await asyncio.sleep(0)
        value = DATA[key]
    return value


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(child("a"))
            group.create_task(child("nope"))
        log.append("group ended")
    except* KeyError:
        log.append("caught")


LOCK = asyncio.Lock()
asyncio.run(main())
print(log)
