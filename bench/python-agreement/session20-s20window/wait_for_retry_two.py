# CPython 3.11.7 (agree.py --runs 10, 2026-11-30 11:00 and 11:10 UTC, load average 15): ok quick=0 slow=1
# down=-1 (tries 1, 2, 2) 10 of 10, then 9 of 10 and one assertion failure (a call that strayed past its
# time-out on that loaded machine). weft: that state is first schedule 0, assertion failures among the
# other outcomes; the search is incomplete at 30 s. Before session 20 the 30 s search listed only an
# assertion failure.
# asyncio.wait_for with a 10 ms time-out around calls of 1 to 40 ms, retried with a back-off, for two
# services beside a third that always times out. In the order of the clocks every fast call beats its
# time-out: weft's first schedule is that run (session 20), where its search, which the 20 ms time window
# makes too large to finish, used to start with runs that timed the fast calls out.
import asyncio

DELAYS = {"quick": [0.002, 0.001], "slow": [0.04, 0.003], "down": [0.04, 0.04]}

tries = {}
result = {}


async def call(name, attempt):
    await asyncio.sleep(DELAYS[name][attempt])
    return attempt


async def retry(name):
    for attempt in range(2):
        tries[name] = attempt + 1
        try:
            result[name] = await asyncio.wait_for(call(name, attempt), timeout=0.01)
            return
        except asyncio.TimeoutError:
            await asyncio.sleep(0.001)
    result[name] = -1


async def main():
    await asyncio.gather(retry("quick"), retry("slow"), retry("down"))


asyncio.run(main())
assert result == {"quick": 0, "slow": 1, "down": -1}
