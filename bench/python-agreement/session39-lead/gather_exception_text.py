# Silent until session 39: the text of an exception in gather(..., return_exceptions=True)'s list.
# CPython: results[2] = "err:bad 2"; weft (start binary): "err:<exception>" under "complete within a 20ms
# time window" (translate/gathered_exception_texts.rs).
import asyncio
results = []
async def job(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError(f"bad {n}")
    return n * 10
async def main():
    out = await asyncio.gather(*(job(n) for n in range(4)), return_exceptions=True)
    for r in out:
        if isinstance(r, Exception):
            results.append(f"err:{r}")
        else:
            results.append(r)
asyncio.run(main())
print(results)
