"""A TaskGroup child compares a module dict's None with 25: TypeError, so the group raises.
CPython 3.11: every run ends with the ExceptionGroup's traceback (TypeError: '>' not supported between
'NoneType' and 'int'); "after group" is never appended.
weft (start binary): explore "complete", 2 schedules, one outcome `ok alerts=['a', 'after group']`: the
child's TypeError "raise again"s and the child finishes, the group's callback counts it as ended without
reading its exception, and the `async with` ends normally. With `except* TypeError` around it
(checks/c114) weft says `ok caught=0` where CPython catches it (caught=1). With a list instead of the
dict (`READINGS = [30, None]`, `check(1)`) weft lists `fault`, as session 34's r08 (a list in a `for`).
The same `ok` for `READINGS[k] + 1 > 0` and `len(READINGS[k]) > 0` (both children fail: weft
`alerts=['after group']`); `int(READINGS[k])` is foreseen and ends in `fault`."""
import asyncio

READINGS = {"a": 30, "b": None}
alerts = []


async def check(k):
    await asyncio.sleep(0)
    if READINGS[k] > 25:
        alerts.append(k)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(check("a"))
        tg.create_task(check("b"))
    alerts.append("after group")


asyncio.run(main())
