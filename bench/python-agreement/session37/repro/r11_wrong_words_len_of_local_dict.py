# Wrong words (a refusal, not a silent error): `len` of a dict display bound to a coroutine's local.
# weft (start binary) refuses at 12:20: "`len` is supported on lists, dicts, queues and strings" -- it is
# a dict. CPython: [2] every run. (Held-out a03_condition_start_gate.py line 34; variants/a03's `3`
# written in its place imports and agrees.)
import asyncio

log = []


async def main():
    runners = {"ann": 0.003, "bo": 0.001}
    log.append(len(runners))


asyncio.run(main())
print(log)
