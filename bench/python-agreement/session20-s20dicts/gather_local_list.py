# CPython 3.11.7, 10 runs: ok r=[2, 2, 2] (10 of 10). weft explore (s20dicts): 1 outcome, ok, complete. weft-start: collect('ab') twice is one coroutine task run twice with one `out` (len(out)=4), assertion_failed only, 'complete' (a silent error).
import asyncio

async def collect(word):
    out = []
    for ch in word:
        out.append(ch)
        await asyncio.sleep(0)
    return len(out)

async def main():
    return await asyncio.gather(collect("ab"), collect("ab"), collect("cd"))

r = asyncio.run(main())
assert r == [2, 2, 2], r
