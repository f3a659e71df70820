# SILENT (a wrong value in a common form): `asyncio.wait(tasks, return_when=FIRST_COMPLETED)` over four
# fresh tasks that need 0, 1, 1 and 3 passes. CPython's wait takes two loop passes after the first task
# ends (its done callback by call_soon, then the waiter's wake-up of main), in which b and c end too, and
# the split is made when main resumes: done=3. weft's first `done` holds only a.  (r13/r14 are the same
# root with a task that had already ended; session 31's open family had a child woken by a Lock or a
# Queue; here the children only `await asyncio.sleep(0)`.)
# CPython 3.11: [3, 4] ['a', 'b', 'c', 'd'] every run.  weft-start explore: 1 outcome, complete:
# rounds=[1, 4].  (checks/h03_wait_rounds.py)
import asyncio

rounds = []
results = []


async def fetch(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def main():
    tasks = [
        asyncio.create_task(fetch("a", 0)),
        asyncio.create_task(fetch("b", 1)),
        asyncio.create_task(fetch("c", 1)),
        asyncio.create_task(fetch("d", 3)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    rounds.append(len(done))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    rounds.append(len(done))
    for task in tasks:
        results.append(await task)


asyncio.run(main())
print(rounds, sorted(results))
