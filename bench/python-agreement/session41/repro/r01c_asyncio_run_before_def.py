# SILENT ERROR (r01's construct). asyncio.run(main()) runs before `async def fetch`: CPython raises NameError
# inside main, caught: out=[-1]. weft gives: "complete within a 20ms time window", 1 outcome `ok out=[20]`.
# Command: /work/notes/s41/weft-start explore r01c_asyncio_run_before_def.py  (checks/nm20)
import asyncio

out = []


async def main():
    out.append(await fetch(2))


try:
    asyncio.run(main())
except NameError:
    out.append(-1)


async def fetch(n):
    await asyncio.sleep(0.001)
    return n * 10


print(out)
