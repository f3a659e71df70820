# WRONG WORDS. CPython: ['x cancelled', 'body error']. weft (start binary): refused at the `raise`,
# "`raise` inside an executor's `with` is supported where a `try:` inside the `with` catches it ...
# whose shutdown waits for every job" -- there is no executor: it is a TaskGroup's `async with`, whose
# exit cancels the children (it does not wait for them). crates/pyimport/src/translate/executor_raises.rs
# `refuse_leaving` (a TaskGroup counts among `open_executors_of`).
import asyncio

log = []


async def child(name):
    try:
        await asyncio.sleep(0.05)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x"))
            await asyncio.sleep(0.01)
            raise KeyError("body")
    except* KeyError:
        log.append("body error")


asyncio.run(main())
print(log)
