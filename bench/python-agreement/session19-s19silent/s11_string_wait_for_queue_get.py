# CPython 3.11.7, 10 runs: ok len(out)=1 out[0]=none (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0). weft-start: missed CPython's state under "complete".
import asyncio
out = []
async def main():
    q = asyncio.Queue()
    item = "none"
    try:
        item = await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        pass
    out.append(item)
asyncio.run(main())
