"""Validation in a TaskGroup: the messages of every failure, sorted, joined (session25/a04's handler)."""
import asyncio


class ValidationError(Exception):
    pass


report = ""
total = 0


async def validate(field: str, value: str) -> str:
    await asyncio.sleep(0.001)
    if not value:
        raise ValidationError(f"{field} is empty")
    return field


async def main() -> None:
    global report, total
    form = {"name": "Ada", "email": "", "city": "London", "zip": ""}
    try:
        async with asyncio.TaskGroup() as tg:
            for key, value in form.items():
                tg.create_task(validate(key, value))
    except* ValidationError as group:
        messages = sorted(str(e) for e in group.exceptions)
        report = "; ".join(messages)
        total = len(group.exceptions)


asyncio.run(main())
print(total, report)
